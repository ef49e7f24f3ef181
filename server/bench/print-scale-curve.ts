// `npm run bench:curve`: the scale curve table from every size the bench has run at (.bench/curve/).
import { curveDir, curveTable, readCurvePoints } from './scale-curve.ts';

const points = readCurvePoints();
if (points.length === 0) {
  console.error(`[bench] no run in ${curveDir} yet: run \`npm run bench -- --lines 1M\` (then 10M, 100M) first.`);
  process.exitCode = 1;
} else {
  console.log(curveTable(points));
}
