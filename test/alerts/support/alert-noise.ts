// How many false alerts does the default rule set raise? Pure-noise shops (every line returns at its
// category's rate, whatever its SKU, channel, region or carrier: test/causes/support/generated-shop.ts)
// are imported January to March at once, then a month at a time to December, the rules checked after
// each import; every alert is a false one. The figure is in docs/metrics.md, "Alerts".
//   npm run backtest:alerts -- [shops=100] [lines=20000]
import { defaultRuleSet } from '../../../server/alerts/alert-rules.ts';
import { alertsMonthByMonth } from './month-by-month.ts';

const [shops = 100, lines = 20_000] = process.argv.slice(2).map(Number);
const firstMonth = 3;
const checksPerShop = 12 - firstMonth + 1;
const examples: string[] = [];
let alerts = 0;
const started = Date.now();
for (let seed = 20_001; seed <= 20_000 + shops; seed++) {
  const months = await alertsMonthByMonth({ seed, lines }, defaultRuleSet, { firstMonth });
  const fired = months.flatMap(({ month, fired }) => fired.map((f) => `month ${month}: ${f.rule} ${f.subject}`));
  alerts += fired.length;
  if (fired.length > 0) examples.push(`seed ${seed}: ${fired.join('; ')}`);
}
const checks = shops * checksPerShop;
console.log(`rules: ${defaultRuleSet.map((r) => `${r.kind} (defaults)`).join(', ')}`);
console.log(`${shops} noise shops of ${lines} lines, ${checksPerShop} monthly checks each (${checks} checks), ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`false alerts: ${alerts} (${(alerts / checks).toFixed(4)} per check); shops with any: ${examples.length} of ${shops} (${((100 * examples.length) / shops).toFixed(1)} %)`);
for (const line of examples) console.log(`  ${line}`);
