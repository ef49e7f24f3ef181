import { Hono } from 'hono';
import { validate } from '../http/validate.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import { cycleHistogramParams, orderLineRowsParams, productRowsParams, returnRowsParams } from '../rows/row-filters.ts';
import { RowsService } from '../rows/rows-service.ts';
import type { Database } from '../store/database.ts';

/** A CSV download streamed as it is read, named after what it holds and its period. */
function csvResponse(name: string, period: { from?: string; to?: string }, chunks: AsyncGenerator<string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const span = [period.from, period.to].filter(Boolean).join('_');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="inversa-${name}${span ? `-${span}` : ''}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

/** The drill-down: the order lines, returns or products behind a figure, paged, and as CSV. */
export function rowsRoutes({ db, metrics }: { db: Database; metrics: MetricsService }) {
  const rows = new RowsService(db, metrics);
  return new Hono()
    .get('/returns', validate('query', returnRowsParams), async (c) => c.json(await rows.returns(c.req.valid('query'))))
    .get('/order-lines', validate('query', orderLineRowsParams), async (c) => c.json(await rows.orderLines(c.req.valid('query'))))
    .get('/products', validate('query', productRowsParams), async (c) => c.json(await rows.products(c.req.valid('query'))))
    .get('/cycle-histogram', validate('query', cycleHistogramParams), async (c) => c.json(await rows.cycleHistogram(c.req.valid('query'))))
    .get('/returns.csv', validate('query', returnRowsParams), async (c) => {
      const filters = c.req.valid('query');
      return csvResponse('returns', filters, rows.returnsCsv(filters));
    })
    .get('/order-lines.csv', validate('query', orderLineRowsParams), async (c) => {
      const filters = c.req.valid('query');
      return csvResponse('order-lines', filters, rows.orderLinesCsv(filters));
    });
}
