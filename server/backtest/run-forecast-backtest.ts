// `npm run backtest:forecast`: the return forecast against what arrived and against the naive
// forecast (each week the average of the last four), on two generated shops and the demo data
// (server/backtest/forecast-backtest.ts). Prints, per data set and over all of them, the mean
// absolute error of both, their ratio and the share of weeks inside the 80 % interval; the figures
// in docs/metrics.md, "The return forecast: backtest", are its output.
import fs from 'node:fs';
import { backtestData, backtestForecast, backtestWorkDir, summarise, type WeekOutcome } from './forecast-backtest.ts';

const returnWindowDays = 30;
const workDir = backtestWorkDir();
const figure = (value: number) => value.toFixed(2);
const share = (value: number) => `${(100 * value).toFixed(0)} %`;

function print(name: string, cuts: number, outcomes: WeekOutcome[]) {
  const summary = summarise(outcomes);
  for (const measure of ['returns', 'units'] as const) {
    const m = summary[measure];
    console.log(
      `| ${name} | ${cuts} | ${summary.weeks} | ${measure} | ${figure(m.forecastMae)} | ${figure(m.naiveMae)} | ${figure(m.ratio)} | ${share(m.coverage)} |`,
    );
  }
}

try {
  console.log('| data | cuts | weeks | measure | forecast MAE | naive MAE | ratio | in 80 % interval |');
  console.log('|---|---|---|---|---|---|---|---|');
  const all: WeekOutcome[] = [];
  let cuts = 0;
  for (const data of backtestData(workDir)) {
    const outcomes = await backtestForecast(data, returnWindowDays, workDir);
    print(data.name, data.cuts.length, outcomes);
    all.push(...outcomes);
    cuts += data.cuts.length;
  }
  print('all', cuts, all);
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
