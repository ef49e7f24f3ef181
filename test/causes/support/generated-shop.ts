// A small shop generated in the test, with causes planted at known strengths, loaded through the
// import path into a real in-memory DuckDB. Categories differ in return rate and reasons, and the
// channels sell them in different mixes, as in a real shop: a finder that compared a channel with
// the others without keeping categories apart would blame the channel that sells more footwear.
import { parseResponse, type InferRequestType } from 'hono/client';
import { SeededRandom, WeightedTable } from '../../../server/demo/seeded-random.ts';
import { openTestStore, writeTempFile } from '../../support/test-store.ts';

type Attribute = 'sku' | 'category' | 'channel' | 'region' | 'carrier';

export interface PlantedCause {
  /** The lines it touches: every attribute listed must match. */
  where: Partial<Record<Attribute, string>>;
  /** Chance, added to the category's own, that a touched line comes back. */
  extraRate: number;
  /** Why those extra returns come back; by default the category's usual mix. */
  reason?: string;
  /** The months of 2025 it is active in, 1–12; by default all year. */
  months?: readonly number[];
}

export interface ShopPlan {
  seed: number;
  /** Order lines over 2025, one line per order. */
  lines: number;
  causes?: readonly PlantedCause[];
}

const CATEGORIES = {
  Calzado: { rate: 0.14, reasons: { size_too_small: 3, size_too_large: 2, not_as_described: 1, changed_mind: 2, defective: 1 }, price: 90_000 },
  Indumentaria: { rate: 0.1, reasons: { size_too_small: 2, size_too_large: 2, not_as_described: 2, changed_mind: 3, defective: 1 }, price: 40_000 },
  Hogar: { rate: 0.04, reasons: { damaged_in_transit: 2, defective: 3, not_as_described: 2, changed_mind: 2, wrong_item: 1 }, price: 30_000 },
} as const;
type Category = keyof typeof CATEGORIES;

const SKUS_PER_CATEGORY = 8;
export const skuOf = (category: Category, n: number) => `${category.slice(0, 3).toUpperCase()}-${n}`;

// Mercado Libre sells mostly footwear and the app mostly home goods: the channels differ in mix.
const CHANNEL_MIX: Record<string, Record<Category, number>> = {
  'Tienda online': { Calzado: 3, Indumentaria: 4, Hogar: 3 },
  'Mercado Libre': { Calzado: 6, Indumentaria: 3, Hogar: 1 },
  App: { Calzado: 1, Indumentaria: 3, Hogar: 6 },
};
const REGIONS = ['CABA', 'Buenos Aires', 'Córdoba', 'Santa Fe', 'Mendoza', 'Salta'];
const CARRIERS = ['Andreani', 'OCA', 'Correo Argentino'];

const pick = <T>(random: SeededRandom, items: readonly T[]) => items[random.int(0, items.length - 1)]!;

export function generateShopCsv(plan: ShopPlan): { orders: string; returns: string } {
  const random = new SeededRandom(plan.seed);
  const channels = new WeightedTable(Object.keys(CHANNEL_MIX).map((c) => [c, 1] as const));
  const categoryTables = Object.fromEntries(
    Object.entries(CHANNEL_MIX).map(([channel, mix]) => [channel, new WeightedTable(Object.entries(mix) as [Category, number][])]),
  );
  const reasonTables = Object.fromEntries(
    Object.entries(CATEGORIES).map(([category, c]) => [category, new WeightedTable(Object.entries(c.reasons))]),
  ) as Record<Category, WeightedTable<string>>;
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency,channel,region,carrier'];
  const returns = ['return_id,order_id,sku,quantity,reason_raw,requested_at,resolution,amount,shipping_cost,recovered_value'];
  for (let i = 1; i <= plan.lines; i++) {
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const channel = channels.draw(random);
    const category = categoryTables[channel]!.draw(random);
    const line = { sku: skuOf(category, random.int(1, SKUS_PER_CATEGORY)), category, channel, region: pick(random, REGIONS), carrier: pick(random, CARRIERS) };
    const quantity = random.chance(0.15) ? 2 : 1;
    const price = CATEGORIES[category].price;
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    orders.push(`O${i},${date} 12:00:00,${line.sku},${category},${quantity},${price},ARS,${line.channel},${line.region},${line.carrier}`);

    const active = (plan.causes ?? []).filter(
      (c) => (!c.months || c.months.includes(month)) && Object.entries(c.where).every(([attribute, value]) => line[attribute as Attribute] === value),
    );
    let draw = random.next() - CATEGORIES[category].rate;
    let reason: string | undefined = draw < 0 ? reasonTables[category].draw(random) : undefined;
    for (const cause of active) {
      if (reason) break;
      draw -= cause.extraRate;
      if (draw < 0) reason = cause.reason ?? reasonTables[category].draw(random);
    }
    if (reason) returns.push(`R${i},O${i},${line.sku},${quantity},${reason},${date} 18:00:00,refund,${quantity * price},2000,0`);
  }
  return { orders: `${orders.join('\n')}\n`, returns: `${returns.join('\n')}\n` };
}

/** A test store holding the generated shop, imported the way a user imports files. */
export async function openGeneratedShop(plan: ShopPlan) {
  const csv = generateShopCsv(plan);
  return openTestStore({ withShop: { orders: writeTempFile('orders.csv', csv.orders), returns: writeTempFile('returns.csv', csv.returns) } });
}

type CausesQuery = InferRequestType<Awaited<ReturnType<typeof openGeneratedShop>>['client']['api']['causes']['$get']>['query'];

/** The findings of GET /api/causes (with `query`) on a generated shop. */
export async function findingsOf(seed: number, lines: number, causes: readonly PlantedCause[] = [], query: CausesQuery = { limit: '10' }) {
  const store = await openGeneratedShop({ seed, lines, causes });
  try {
    return (await parseResponse(store.client.api.causes.$get({ query }))).findings;
  } finally {
    store.close();
  }
}
