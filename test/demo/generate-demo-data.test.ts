import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../server/demo/generate-demo-data.ts';

const sqlList = (values: readonly string[]) => `(${values.map((value) => `'${value}'`).join(', ')})`;

// The texts the importer maps to reason codes; the demo may use no others.
const REASONS = sqlList([
  ...['Talle pequeño', 'Me queda chico', 'Talle grande', 'Me queda grande', 'No es como en la foto'],
  ...['La descripción no coincide', 'Producto defectuoso', 'Vino fallado', 'Llegó dañado'],
  ...['Caja rota, producto dañado', 'Me enviaron otro producto', 'Llegó tarde', 'Me arrepentí'],
  ...['Cambié de opinión', 'Encontré mejor precio', 'Otro motivo'],
]);
const SIZE_REASONS = sqlList(['Talle pequeño', 'Me queda chico', 'Talle grande', 'Me queda grande']);
const TOO_SMALL_REASONS = sqlList(['Talle pequeño', 'Me queda chico']);
const DAMAGE_REASONS = sqlList(['Llegó dañado', 'Caja rota, producto dañado']);
const RESOLUTIONS = sqlList(['Reembolso', 'Cambio', 'Crédito en tienda', 'Rechazada']);
const DISPOSITIONS = sqlList(['Reingreso a stock', 'Reacondicionado', 'Outlet', 'Descarte', 'Devolución a proveedor']);

// The planted causes as they fall with the default end date, 2026-10-31.
const DAMAGE_WAVE_MONTHS = "strftime(o.ordered_at, '%Y-%m') BETWEEN '2025-06' AND '2025-09'";
const SLOW_WAREHOUSE = "received_at >= TIMESTAMP '2026-03-01' AND received_at < TIMESTAMP '2026-04-16'";

let workDir: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

async function row(sql: string): Promise<Record<string, unknown>> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson()[0] as Record<string, unknown>;
}

/** Views `orders` and `returns` over one generated folder. */
async function useFolder(folder: string): Promise<void> {
  await connection.run(`
    CREATE OR REPLACE VIEW orders AS SELECT * FROM read_csv('${path.join(folder, 'orders.csv.gz')}');
    CREATE OR REPLACE VIEW returns AS SELECT * FROM read_csv('${path.join(folder, 'returns.csv.gz')}');
  `);
}

async function unzippedText(folder: string, file: string): Promise<string> {
  return gunzipSync(await fs.readFile(path.join(folder, file))).toString('utf8');
}

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inversa-demo-'));
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(async () => {
  connection?.closeSync();
  instance?.closeSync();
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

describe('generateDemoData at a small scale', () => {
  let small: string;

  beforeAll(async () => {
    small = path.join(workDir, 'small');
    const result = await generateDemoData({ outDir: small, scale: 0.05 });
    expect(result.orderLines).toBeGreaterThan(0);
    expect(result.returns).toBeGreaterThan(0);
    await useFolder(small);
  });

  it('writes the same bytes for the same seed and different bytes for another seed', async () => {
    const again = path.join(workDir, 'again');
    const otherSeed = path.join(workDir, 'other-seed');
    await generateDemoData({ outDir: again, scale: 0.05 });
    await generateDemoData({ outDir: otherSeed, scale: 0.05, seed: 7 });
    for (const file of ['orders.csv.gz', 'returns.csv.gz']) {
      const first = await fs.readFile(path.join(small, file));
      expect((await fs.readFile(path.join(again, file))).equals(first)).toBe(true);
      expect((await fs.readFile(path.join(otherSeed, file))).equals(first)).toBe(false);
    }
  });

  it('uses the canonical headers and plain \\n line ends', async () => {
    const orders = await unzippedText(small, 'orders.csv.gz');
    const returns = await unzippedText(small, 'returns.csv.gz');
    expect(orders.split('\n')[0]).toBe(
      'order_id,ordered_at,customer_id,sku,product_name,category,variant,quantity,unit_price,currency,channel,region,country,carrier,delivered_at',
    );
    expect(returns.split('\n')[0]).toBe(
      'return_id,order_id,sku,quantity,reason_raw,requested_at,received_at,resolved_at,resolution,amount,disposition,recovered_value,shipping_cost,carrier',
    );
    expect(orders.includes('\r') || returns.includes('\r')).toBe(false);
  });

  it('links every return to exactly one sold line and returns no more than was sold', async () => {
    expect(
      await row(`
        SELECT
          (SELECT count(*) FROM returns r ANTI JOIN orders o USING (order_id, sku))::INTEGER AS unlinked,
          (SELECT count(*) - count(DISTINCT (order_id, sku)) FROM orders)::INTEGER AS duplicate_lines,
          (SELECT count(*) FROM orders WHERE quantity <= 0)::INTEGER AS bad_sold_quantities,
          (SELECT count(*) FROM returns WHERE quantity <= 0)::INTEGER AS bad_returned_quantities,
          (SELECT count(*) FROM returns r JOIN orders o USING (order_id, sku)
            WHERE r.quantity > o.quantity)::INTEGER AS over_returned
      `),
    ).toEqual({
      unlinked: 0,
      duplicate_lines: 0,
      bad_sold_quantities: 0,
      bad_returned_quantities: 0,
      over_returned: 0,
    });
  });

  it('keeps each return in order (delivered, requested, received, resolved) and before the end date', async () => {
    expect(
      await row(`
        SELECT
          count(*) FILTER (WHERE o.delivered_at IS NULL OR r.requested_at <= o.delivered_at
            OR r.requested_at <= o.ordered_at)::INTEGER AS requested_too_early,
          count(*) FILTER (WHERE r.received_at < r.requested_at)::INTEGER AS received_before_requested,
          count(*) FILTER (WHERE r.resolved_at < r.received_at)::INTEGER AS resolved_before_received,
          count(*) FILTER (WHERE r.resolved_at IS NOT NULL AND r.received_at IS NULL)::INTEGER AS resolved_unreceived,
          count(*) FILTER (WHERE greatest(r.requested_at, r.received_at, r.resolved_at)
            >= TIMESTAMP '2026-11-01')::INTEGER AS after_end
        FROM returns r JOIN orders o USING (order_id, sku)
      `),
    ).toEqual({
      requested_too_early: 0,
      received_before_requested: 0,
      resolved_before_received: 0,
      resolved_unreceived: 0,
      after_end: 0,
    });
  });

  it('spans the 24 months ending on the end date', async () => {
    expect(
      await row(`
        SELECT
          count(DISTINCT date_trunc('month', ordered_at))::INTEGER AS months,
          (min(ordered_at) >= TIMESTAMP '2024-11-01') AS starts_in_window,
          (max(greatest(ordered_at, delivered_at)) < TIMESTAMP '2026-11-01') AS ends_in_window
        FROM orders
      `),
    ).toEqual({ months: 24, starts_in_window: true, ends_in_window: true });
  });

  it('speaks the vocabulary the importer maps, with size reasons only where there are sizes', async () => {
    expect(
      await row(`
        SELECT
          count(*) FILTER (WHERE r.reason_raw NOT IN ${REASONS})::INTEGER AS unknown_reasons,
          count(*) FILTER (WHERE r.resolution NOT IN ${RESOLUTIONS})::INTEGER AS unknown_resolutions,
          count(*) FILTER (WHERE r.disposition NOT IN ${DISPOSITIONS})::INTEGER AS unknown_dispositions,
          count(*) FILTER (WHERE r.reason_raw IN ${SIZE_REASONS}
            AND o.category NOT IN ('Calzado', 'Indumentaria'))::INTEGER AS misplaced_size_reasons,
          count(*) FILTER (WHERE (r.amount IS NULL)
            <> (r.resolution IS NULL OR r.resolution = 'Rechazada'))::INTEGER AS amount_mismatches,
          count(*) FILTER (WHERE r.disposition IS NOT NULL AND r.received_at IS NULL)::INTEGER AS disposed_unreceived
        FROM returns r JOIN orders o USING (order_id, sku)
      `),
    ).toEqual({
      unknown_reasons: 0,
      unknown_resolutions: 0,
      unknown_dispositions: 0,
      misplaced_size_reasons: 0,
      amount_mismatches: 0,
      disposed_unreceived: 0,
    });
  });
});

describe('the planted causes, at a scale with enough signal', () => {
  beforeAll(async () => {
    const folder = path.join(workDir, 'signal');
    await generateDemoData({ outDir: folder, scale: 0.25 });
    await useFolder(folder);
  });

  it('ZAP-URB-42 comes back far more often than the rest of Calzado, mostly for being too small', async () => {
    const { planted_rate, rest_rate, too_small_share } = await row(`
      WITH lines AS (
        SELECT o.sku = 'ZAP-URB-42' AS planted, o.quantity AS sold, coalesce(r.quantity, 0) AS returned, r.reason_raw
        FROM orders o LEFT JOIN returns r USING (order_id, sku)
        WHERE o.category = 'Calzado'
      )
      SELECT
        (sum(returned) FILTER (WHERE planted) / sum(sold) FILTER (WHERE planted))::DOUBLE AS planted_rate,
        (sum(returned) FILTER (WHERE NOT planted) / sum(sold) FILTER (WHERE NOT planted))::DOUBLE AS rest_rate,
        avg((reason_raw IN ${TOO_SMALL_REASONS})::INTEGER)
          FILTER (WHERE planted AND reason_raw IS NOT NULL)::DOUBLE AS too_small_share
      FROM lines
    `);
    expect(planted_rate).toBeGreaterThan(2.5 * (rest_rate as number));
    expect(too_small_share).toBeGreaterThan(0.6);
  });

  it("OCA's damaged-in-transit share of returns jumps in the planted months only", async () => {
    const { wave_share, other_share } = await row(`
      SELECT
        avg((r.reason_raw IN ${DAMAGE_REASONS})::INTEGER) FILTER (WHERE ${DAMAGE_WAVE_MONTHS})::DOUBLE AS wave_share,
        avg((r.reason_raw IN ${DAMAGE_REASONS})::INTEGER) FILTER (WHERE NOT ${DAMAGE_WAVE_MONTHS})::DOUBLE AS other_share
      FROM returns r JOIN orders o USING (order_id, sku)
      WHERE o.carrier = 'OCA'
    `);
    expect(wave_share).toBeGreaterThan(2 * (other_share as number));
  });

  it('received → resolved takes several times longer during the slow stretch at the warehouse', async () => {
    const { slow_median, usual_median } = await row(`
      WITH resolved AS (
        SELECT ${SLOW_WAREHOUSE} AS slow, date_diff('second', received_at, resolved_at) / 86400 AS days
        FROM returns
        WHERE resolved_at IS NOT NULL
      )
      SELECT
        median(days) FILTER (WHERE slow)::DOUBLE AS slow_median,
        median(days) FILTER (WHERE NOT slow)::DOUBLE AS usual_median
      FROM resolved
    `);
    expect(slow_median).toBeGreaterThan(3 * (usual_median as number));
  });
});
