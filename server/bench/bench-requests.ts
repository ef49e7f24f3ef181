// What the benchmark asks: every metrics route and the cause finder, each with the same varied mix
// of periods and filters a team would use (a month, a quarter, a year, the whole range, odd day spans; no filter,
// one filter, two, the other basis, a comparison), drawn from a fixed seed so runs compare.

export interface BenchDimensions {
  category: string[];
  channel: string[];
  region: string[];
  carrier: string[];
  reason: string[];
}

/** A route and the extra parameters its requests take in turn. */
interface RouteSpec {
  route: string;
  /** Where it is served; metrics routes by default. */
  path?: string;
  variants: string[];
  /** Whether the route shows KPIs and so takes compare=previous|year. */
  compares: boolean;
  /** Its targets, when not the metrics routes'. */
  targets?: RouteTargets;
}

/** A route's p95 over HTTP, and its HTTP time over its bare SQL's when that ratio is overhead. */
export interface RouteTargets {
  p95Ms: number;
  ratio?: number;
}

const metricsTargets: RouteTargets = { p95Ms: 150, ratio: 1.5 };

const routes: RouteSpec[] = [
  { route: 'summary', variants: [''], compares: true },
  { route: 'trend', variants: [''], compares: false },
  { route: 'breakdown', variants: ['by=sku', 'by=category', 'by=channel', 'by=region', 'by=carrier', 'by=reason', 'by=sku&sort=returnRateUnits&order=desc&limit=25&offset=25'], compares: false },
  { route: 'reasons', variants: ['by=month', 'by=category'], compares: false },
  { route: 'cycle-times', variants: ['by=month', 'by=category', 'by=carrier', 'by=returnCarrier'], compares: true },
  { route: 'sla', variants: ['', 'slaDays=3', 'slaDays=10'], compares: true },
  { route: 'open-returns', variants: ['', 'stage=awaiting_receipt', 'limit=20&offset=40'], compares: false },
  { route: 'avoidable', variants: ['by=month', 'by=category', 'by=sku', 'by=carrier', 'by=region'], compares: true },
  { route: 'value-recovery', variants: [''], compares: true },
  { route: 'customers', variants: ['', 'withinDays=30', 'withinDays=180'], compares: true },
  { route: 'customers/serial-returners', variants: ['', 'minOrders=2&minReturnRate=0.4', 'sort=refundedValue'], compares: true },
  // The policy simulator: two group-bys over the returns in scope (the window, the curve), side by side.
  {
    route: 'policy/simulation',
    path: '/api/policy/simulation',
    variants: ['', 'windowDays=15', 'windowDays=60&returnFee=2000', 'windowDays=45&exchangeShare=0.5&bonusCreditRate=0.1'],
    compares: false,
  },
  // The return forecast ignores the period (its weeks follow the data's end) and reads the dimension filters.
  { route: 'forecast', path: '/api/forecast', variants: ['by=total', 'by=category', 'by=carrier'], compares: false },
  // the nowcast's SQL is the trend's, the curve's twice and the open months' daily sales; its draws run after
  { route: 'nowcast', variants: [''], compares: false },
  // The cause finder scans seven dimensions and tests every cell: its issue allows it 1 s at p95.
  // Its statistics run in the server after the SQL, so HTTP over bare SQL is work, not overhead.
  { route: 'causes', path: '/api/causes', variants: ['', 'limit=5', 'minUnits=100', 'lang=en', 'q=0.01'], compares: false, targets: { p95Ms: 1000 } },
];

/** What a route must meet at 10M order lines. */
export function routeTargets(route: string): RouteTargets {
  return routes.find((r) => r.route === route)?.targets ?? metricsTargets;
}

/** mulberry32: a small seeded generator, so the plan is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const monthStart = (date: Date, monthsBack: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1));

/** Periods as query strings: the ones a dashboard offers, and arbitrary day spans. */
function periods(firstDate: string, lastDate: string, random: () => number): string[] {
  const first = utc(firstDate);
  const last = utc(lastDate);
  const span = (from: Date, to: Date) => `from=${isoDay(from < first ? first : from)}&to=${isoDay(to)}`;
  const lastMonthEnd = addDays(monthStart(last, 0), -1);
  const fixed = [
    '', // the whole range
    span(monthStart(last, 0), last), // this month so far
    span(monthStart(lastMonthEnd, 0), lastMonthEnd), // last month
    span(monthStart(lastMonthEnd, 2), lastMonthEnd), // last 3 months
    span(monthStart(lastMonthEnd, 11), lastMonthEnd), // last 12 months
    span(new Date(Date.UTC(last.getUTCFullYear(), 0, 1)), last), // year to date
  ];
  const days = Math.round((last.getTime() - first.getTime()) / 86_400_000);
  const arbitrary = Array.from({ length: 6 }, () => {
    const length = [7, 30, 45, 90, 200, 400][Math.floor(random() * 6)]!;
    const from = addDays(first, Math.floor(random() * Math.max(1, days - length)));
    return span(from, addDays(from, length));
  });
  return [...fixed, ...arbitrary];
}

/** Filters as query strings: none, each dimension alone, a pair, the other basis. */
function filters(dimensions: BenchDimensions, sku: string, random: () => number): string[] {
  const pick = (values: string[]) => values[Math.floor(random() * values.length)]!;
  const param = (name: keyof BenchDimensions) => `${name}=${encodeURIComponent(pick(dimensions[name]))}`;
  return [
    '',
    '',
    param('category'),
    param('channel'),
    param('region'),
    param('carrier'),
    `sku=${encodeURIComponent(sku)}`,
    param('reason'),
    `${param('category')}&${param('channel')}`,
    `basis=return`,
    `basis=return&${param('carrier')}`,
  ];
}

export interface BenchRequest {
  route: string;
  path: string;
}

/** At least `perRoute` requests for every route, each a different period, filter and variant. */
export function benchPlan(range: { firstDate: string; lastDate: string }, dimensions: BenchDimensions, sku: string, perRoute = 36): BenchRequest[] {
  const random = seeded(20261126);
  const allPeriods = periods(range.firstDate, range.lastDate, random);
  const allFilters = filters(dimensions, sku, random);
  return routes.flatMap(({ route, path, variants, compares }) =>
    Array.from({ length: perRoute }, (_, i) => {
      const compare = compares && i % 4 === 3 ? (i % 8 === 3 ? 'compare=previous' : 'compare=year') : '';
      const query = [allPeriods[i % allPeriods.length], allFilters[(i * 7) % allFilters.length], variants[i % variants.length], compare]
        .filter(Boolean)
        .join('&');
      return { route, path: `${path ?? `/api/metrics/${route}`}${query ? `?${query}` : ''}` };
    }),
  );
}
