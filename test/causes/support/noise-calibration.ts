// How often does pure noise yield a finding? Generates shops where every rate is its category's,
// whatever the SKU, channel, region or carrier, and counts the seeds with any significant finding.
// The test runs 20 seeds; this runs as many as asked, for the record:
//   npx tsx test/causes/support/noise-calibration.ts [seeds=100] [lines=6000] [q=0.05]
import { findingsOf } from './generated-shop.ts';

const [seeds = 100, lines = 6000, q = 0.05] = process.argv.slice(2).map(Number);
const examples: string[] = [];
for (let seed = 10_001; seed <= 10_000 + seeds; seed++) {
  const findings = await findingsOf(seed, lines, [], { q: String(q) });
  if (findings.length > 0) examples.push(`seed ${seed}: ${findings.map((f) => `${f.label} (${f.measure}, q=${f.test.q.toFixed(3)})`).join(', ')}`);
}
console.log(`${examples.length} of ${seeds} noise shops (${lines} lines each) had a finding at q = ${q}: ${((100 * examples.length) / seeds).toFixed(1)} %`);
for (const line of examples) console.log(`  ${line}`);
