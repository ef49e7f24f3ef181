// A generated shop (test/causes/support/generated-shop.ts) imported one month at a time, as a shop
// that exports every month would, with the alert rules checked after each month: what fired when.
import { parseResponse } from 'hono/client';
import type { AlertRuleInput } from '../../../server/alerts/alert-rules.ts';
import { importFiles } from '../../../server/import/import-file.ts';
import { generateShopCsv, type ShopPlan } from '../../causes/support/generated-shop.ts';
import { openTestStore, writeTempFile } from '../../support/test-store.ts';

export interface MonthFired {
  /** 1–12: the month of 2025 whose data was just imported. */
  month: number;
  asOf: string | null;
  fired: Array<{ rule: string; subject: string }>;
}

/** The CSV's header and the rows of some months of 2025: the generator writes `2025-MM-` in each row's date. */
function monthsOf(csv: string, months: readonly number[]): string {
  const [header, ...rows] = csv.trimEnd().split('\n');
  const stamps = months.map((month) => `,2025-${String(month).padStart(2, '0')}-`);
  return [header, ...rows.filter((row) => stamps.some((stamp) => row.includes(stamp)))].join('\n');
}

export interface MonthByMonthOptions {
  firstMonth?: number;
  checksPerMonth?: number;
  /** Each month's orders imported (and checked) before its returns, as a shop that exports the two files apart would. */
  ordersBeforeReturns?: boolean;
}

/**
 * Imports the months up to `firstMonth` at once (the history an install starts with), then each
 * month to December on its own, checks the rules after each import (`checksPerMonth` times, to see
 * that a check run again fires nothing new), and answers what fired after each month's imports.
 */
export async function alertsMonthByMonth(plan: ShopPlan, rules: AlertRuleInput[], options: MonthByMonthOptions = {}): Promise<MonthFired[]> {
  const csv = generateShopCsv(plan);
  const store = await openTestStore();
  try {
    for (const rule of rules) await parseResponse(store.client.api.alerts.rules.$post({ json: rule as never }));
    const months: MonthFired[] = [];
    const firstMonth = options.firstMonth ?? 1;
    for (let month = firstMonth; month <= 12; month++) {
      const imported = month === firstMonth ? Array.from({ length: month }, (_, i) => i + 1) : [month];
      const files = (kinds: ReadonlyArray<'orders' | 'returns'>) =>
        kinds.map((kind) => ({ filePath: writeTempFile(`${kind}.csv`, monthsOf(csv[kind], imported)), fileName: `${kind}-${month}.csv`, kind }));
      // orders and returns in one import, as a drop of both files is; or orders first, then returns
      const imports: Array<ReadonlyArray<'orders' | 'returns'>> = options.ordersBeforeReturns ? [['orders'], ['returns']] : [['orders', 'returns']];
      const fired: MonthFired['fired'] = [];
      let asOf: string | null = null;
      for (const kinds of imports) {
        await importFiles(store.db, files(kinds));
        for (let check = 0; check < (options.checksPerMonth ?? 1); check++) {
          const report = await parseResponse(store.client.api.alerts.check.$post());
          if (report.failed.length > 0) throw new Error(`a rule failed: ${JSON.stringify(report.failed)}`);
          asOf = report.asOf;
          fired.push(...report.fired.map((alert) => ({ rule: alert.rule.name, subject: alert.subject })));
        }
      }
      months.push({ month, asOf, fired });
    }
    return months;
  } finally {
    store.close();
  }
}
