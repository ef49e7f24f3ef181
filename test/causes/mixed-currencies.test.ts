import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, writeTempFile } from '../support/test-store.ts';
import { twoCurrencyShop } from '../support/two-currency-shop.ts';

// Pesos and dollars in one database (test/support/two-currency-shop.ts): the cause finder adds the
// amounts of both as one sum; it must not label that sum with one currency, in its answer or in the
// sentence an alert sends out, where no page's notice goes with it.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  const { orders, returns } = twoCurrencyShop();
  store = await openTestStore({ withShop: { orders: writeTempFile('orders.csv', orders), returns: writeTempFile('returns.csv', returns) } });
});
afterAll(() => store.close());

const causes = (lang: 'es' | 'en') => parseResponse(store.client.api.causes.$get({ query: { from: '2025-01-01', to: '2025-01-31', lang } }));

describe('the cause finder over order lines in two currencies', () => {
  it('labels its money with no currency, lists both, and its sentence says they are added unconverted', async () => {
    const body = await causes('es');
    expect(body).toMatchObject({ currency: null, currencies: ['ARS', 'USD'] });
    const oca = body.findings.find((f) => f.dimension === 'carrier' && f.values.carrier === 'OCA')!;
    expect(oca, 'OCA is a finding').toBeDefined();
    // OCA 40 of 200 back against a baseline of 20: 20 extra Hogar units at 10 each
    expect(oca.money.excessValue).toBeCloseTo(200, 6);
    // no "$ 200", which would read as 200 pesos
    expect(oca.sentence).toMatch(/exceso estimado 200 \(ARS y USD sumados sin convertir\)$/);
    const english = (await causes('en')).findings.find((f) => f.dimension === 'carrier' && f.values.carrier === 'OCA')!;
    expect(english.sentence).toMatch(/estimated excess 200 \(ARS and USD added unconverted\)$/);
  });
});
