// `npm run backtest:nowcast`: the nowcast's backtest on the generated shops and the demo data,
// printed as docs/metrics.md quotes it ("The nowcast", backtest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoDataDir } from '../demo/load-demo-data.ts';
import { generatedShopCuts, generatedShops, writeGeneratedShop } from './generated-shops.ts';
import { backtestShop, backtestSummary, type BacktestCase, type ShopExports } from './nowcast-backtest.ts';

/** The demo data cut at five moments of its second year, each three months or more before its end. */
export const demoExports: ShopExports = {
  name: 'demo',
  orders: path.join(demoDataDir, 'orders.csv.gz'),
  returns: path.join(demoDataDir, 'returns.csv.gz'),
  cuts: ['2025-06-15 14:00:00', '2025-09-30 20:00:00', '2025-12-20 10:00:00', '2026-03-10 16:00:00', '2026-06-30 12:00:00'],
};

/** The generated shops' exports, written into `dir`, each cut at the same moments. */
export function generatedExports(dir: string): ShopExports[] {
  return generatedShops.map((spec) => ({ name: spec.name, ...writeGeneratedShop(spec, dir), cuts: generatedShopCuts }));
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const points = (value: number) => `${(value * 100).toFixed(2)} pts`;

function line(label: string, cases: readonly BacktestCase[]) {
  const s = backtestSummary(cases);
  return `${label.padEnd(24)} months ${String(s.months).padStart(3)}  cases ${String(s.cases).padStart(3)}  coverage ${percent(s.coverage).padStart(7)}  MAE nowcast ${points(s.nowcastError).padStart(9)}  as it stood ${points(s.observedError).padStart(9)}`;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-backtest-shops-'));
  try {
    const all: BacktestCase[] = [];
    for (const exports of [...generatedExports(dir), demoExports]) {
      const cases = await backtestShop(exports);
      all.push(...cases);
      console.log(line(exports.name, cases));
    }
    const generated = all.filter((c) => c.shop !== 'demo');
    console.log(line('generated shops', generated));
    for (const rate of ['returnRateUnits', 'returnRateOrders', 'returnRateValue'] as const) console.log(line(`  ${rate}`, generated.filter((c) => c.rate === rate)));
    console.log(line('all', all));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
