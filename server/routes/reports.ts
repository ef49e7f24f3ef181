import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import { renderMonthlyReview, type MonthlyReview } from '../report/render-monthly-review.ts';
import { ReportError } from '../report/report-error.ts';
import { isReviewMonth } from '../../web/src/features/monthly-review/review-month.ts';

const monthlyReviewParams = z.object({
  month: z.string().refine(isReviewMonth, 'a month as YYYY-MM').optional(),
  lang: z.enum(['es', 'en']).default('es'),
});

/**
 * The monthly review as a PDF at a link (`inversa report` without the command line). The server
 * prints its own page, as the caller: the caller's token or session cookie goes with Chromium, so
 * the review shows what the caller may read. One printing at a time: each runs a Chromium.
 */
export function reportRoutes(ownUrl: () => string | undefined) {
  let lastPrint: Promise<unknown> = Promise.resolve();
  const oneAtATime = (work: () => Promise<MonthlyReview>) => {
    const turn = lastPrint.then(work);
    lastPrint = turn.catch(() => undefined);
    return turn;
  };
  return new Hono<AuthEnv>().get('/monthly-review.pdf', validate('query', monthlyReviewParams), async (c) => {
    const baseUrl = ownUrl();
    if (!baseUrl) throw new ApiError(503, 'not_serving', 'This app is not served over HTTP: the review can only be printed by a running server.');
    const { month, lang } = c.req.valid('query');
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = c.req.header('cookie');
    const review = await oneAtATime(() => renderMonthlyReview({ baseUrl, month, lang, auth: { token, cookie } })).catch((error: unknown) => {
      throw error instanceof ReportError ? new ApiError(422, 'review_unavailable', error.message) : error;
    });
    return c.body(new Uint8Array(review.pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="inversa-review-${review.month}.pdf"`,
    });
  });
}
