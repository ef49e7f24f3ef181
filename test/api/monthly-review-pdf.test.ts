import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, refusal, refusedQuery } from '../support/test-store.ts';

// GET /api/reports/monthly-review.pdf checks its query before anything is printed; the printing
// itself, by Chromium against a listening server, is tested in test/e2e/monthly-review-report.test.ts.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

const reviewPdf = (query: Record<string, string>) => store.client.api.reports['monthly-review.pdf'].$get({ query: refusedQuery(query) });

describe('GET /api/reports/monthly-review.pdf', () => {
  it('refuses a month that is not YYYY-MM and a language it does not write', async () => {
    expect(await refusal(await reviewPdf({ month: '2025-13' }))).toMatchObject({ status: 400, params: ['month'] });
    expect(await refusal(await reviewPdf({ month: '2025-02', lang: 'fr' }))).toMatchObject({ status: 400, params: ['lang'] });
  });

  it('says it needs a listening server when the app answers without one (as in these tests)', async () => {
    expect(await refusal(await reviewPdf({ month: '2025-02' }))).toMatchObject({ status: 503, code: 'not_serving' });
  });
});
