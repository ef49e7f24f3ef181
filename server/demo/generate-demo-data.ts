// Writes the demo shop's two years of orders and returns as gzipped CSV, in the canonical headers
// the importer reads. Rows are streamed day by day, so scale 70 (~8M order lines) runs in constant
// memory: each line's return, if any, is decided when the line is sold and held only until its
// request day, which lets returns come out in request order with rising ids.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  CHANNELS,
  CORREO_ARGENTINO,
  OCA,
  REASON_TEXTS,
  REASON_WEIGHTS,
  REGIONS,
  RETURN_HANDLING,
  SKUS,
  type Carrier,
  type Channel,
  type ReasonCode,
  type ReasonProfile,
  type Region,
  type Season,
  type Sku,
} from './demo-shop.ts';
import { SeededRandom, WeightedTable, hashToUnit } from './seeded-random.ts';

export interface DemoDataOptions {
  seed?: number;
  outDir: string;
  /** Multiplies the order count; 1 ≈ 60,000 orders. */
  scale?: number;
  /** Last day of the data, 'YYYY-MM-DD'; the data covers the 24 months ending that day. */
  endDate?: string;
}

export interface DemoDataResult {
  orderLines: number;
  returns: number;
  files: { orders: string; returns: string };
}

export const DEFAULT_DEMO_SEED = 20261126;
export const DEFAULT_DEMO_END_DATE = '2026-10-31';

const ORDER_COLUMNS =
  'order_id,ordered_at,customer_id,sku,product_name,category,variant,quantity,unit_price,currency,channel,region,country,carrier,delivered_at';
const RETURN_COLUMNS =
  'return_id,order_id,sku,quantity,reason_raw,requested_at,received_at,resolved_at,resolution,amount,disposition,recovered_value,shipping_cost,carrier';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const ORDERS_AT_SCALE_1 = 60_000;
// The shop had customers before the window, so repeat buyers appear from the first day; with the
// new ones, ~25k distinct customers per 60k orders.
const EARLIER_CUSTOMERS_AT_SCALE_1 = 3_000;
const NEW_CUSTOMER_CHANCE = 0.37;
// Shelf prices follow Argentine inflation, so two years back they are about two thirds of today's.
const MONTHLY_INFLATION = 0.02;
const SALE_EVENT_DISCOUNT = 0.2;

// --- The three planted causes, placed relative to endDate so they stay inside the window. ---
// 1. A last that runs small: the 42 of the best-selling sneaker comes back far more, for size.
const SIZING_PROBLEM_SKU = 'ZAP-URB-42';
const SIZING_PROBLEM_RETURN_FACTOR = 3.6;
// With the ordinary mix's own ~20% "too small", this makes about 80% of its returns.
const SIZING_PROBLEM_TOO_SMALL_CHANCE = 0.75;
// 2. OCA breaks parcels for four months: 16 to 13 months before the end (June–September 2025).
const DAMAGE_WAVE_CARRIER = OCA;
const DAMAGE_WAVE_MONTHS_BEFORE_END = { from: 13, to: 16 };
const DAMAGE_WAVE_LINE_RATE: Record<ReasonProfile, number> = { sized: 0.014, plain: 0.02, fragile: 0.035 };
// 3. The warehouse falls behind for 46 days from the first of the month 7 months before the end
//    (1 March – 15 April 2026): received → resolved goes from ~2 days to ~10.
const SLOW_WAREHOUSE_MONTHS_BEFORE_END = 7;
const SLOW_WAREHOUSE_DAYS = 46;

// --- Demand shape. ---
const MONTH_DEMAND = [0.72, 0.75, 0.95, 0.95, 1.2, 1.05, 1, 0.98, 0.95, 1.05, 1.2, 1.7];
const WEEKDAY_DEMAND = [1, 1.12, 1.08, 1.03, 1, 0.92, 0.82]; // Sunday first, as Date.getUTCDay
// Demand grows this much a year, centred on the middle of the window.
const YEARLY_GROWTH = 0.15;
const HOT_SALE_BOOST = 3.2;
const CYBER_MONDAY_BOOST = 3.5;
const HOLIDAY_DEMAND: Record<string, number> = { '12-24': 0.6, '12-25': 0.3, '12-31': 0.5, '01-01': 0.35 };
const SEASON_DEMAND: Record<Season, readonly number[]> = {
  winter: [0.35, 0.35, 0.35, 1, 2, 2, 2, 2, 1, 0.35, 0.35, 0.35],
  summer: [2, 2, 1, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 1, 2, 2],
};
// People shop at lunch and, most of all, in the evening.
const HOUR_OF_DAY = new WeightedTable(
  [1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 3, 4, 4.5, 4.5, 4, 3.8, 3.8, 4, 4.3, 4.6, 5, 5.5, 6, 5, 3].map(
    (weight, hour) => [hour, weight] as const,
  ),
);
const LINES_PER_ORDER = new WeightedTable([
  [1, 38],
  [2, 34],
  [3, 17],
  [4, 11],
] as const);
const UNITS_PER_LINE = new WeightedTable([
  [1, 84],
  [2, 12],
  [3, 3],
  [4, 1],
] as const);

// --- Return behaviour. ---
// Christmas presents bought 1–22 December: a share are gifts, and gifts come back in January.
const GIFT_CHANCE = 0.5;
const GIFT_RETURN_FACTOR = 2.2;
const GIFT_REASON_FACTOR = 2.5;
const PARTIAL_RETURN_CHANCE = 0.35;
// Customers who ask for a return and never send the parcel: open forever.
const NEVER_SENT_CHANCE = 0.015;
const OTHER_REVERSE_CARRIER_CHANCE = 0.15;
// Each delivery day beyond four adds this chance that "it came late" is the reason.
const LATE_REASON_CHANCE_PER_SLOW_DAY = 0.05;
const OFFICE_OPENS_HOUR = 9;
const OFFICE_CLOSES_HOUR = 19;

interface ShopDay {
  index: number;
  /** Midnight of the shop's day; wall-clock time is kept in the UTC fields, with no offset. */
  startMs: number;
  date: string;
  year: number;
  month: number;
  dayOfMonth: number;
  weekday: number;
  monthsBeforeEnd: number;
  priceIndex: number;
}

function buildCalendar(endDate: string): ShopDay[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endDate);
  const endMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(endMs) || isoDate(endMs) !== endDate) {
    throw new Error(`endDate must be a real date as YYYY-MM-DD, got "${endDate}"`);
  }
  const end = new Date(endMs);
  const startMs = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 24, end.getUTCDate() + 1);
  const endMonth = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const days: ShopDay[] = [];
  for (let dayMs = startMs; dayMs <= endMs; dayMs += DAY_MS) {
    const date = new Date(dayMs);
    const monthsBeforeEnd = endMonth - (date.getUTCFullYear() * 12 + date.getUTCMonth());
    days.push({
      index: days.length,
      startMs: dayMs,
      date: isoDate(dayMs),
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      dayOfMonth: date.getUTCDate(),
      weekday: date.getUTCDay(),
      monthsBeforeEnd,
      priceIndex: (1 + MONTHLY_INFLATION) ** -monthsBeforeEnd,
    });
  }
  return days;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

type SaleEvent = 'Hot Sale' | 'Cyber Monday';

/** Both run Monday to Wednesday: Hot Sale in May's second week, Cyber Monday in November's first. */
function saleEventOn(day: ShopDay): SaleEvent | undefined {
  const daysSinceMonday = (day.weekday + 6) % 7;
  if (daysSinceMonday > 2) return undefined;
  const mondayOfMonth = day.dayOfMonth - daysSinceMonday;
  if (day.month === 5 && mondayOfMonth >= 8 && mondayOfMonth <= 14) return 'Hot Sale';
  if (day.month === 11 && mondayOfMonth >= 1 && mondayOfMonth <= 7) return 'Cyber Monday';
  return undefined;
}

function demandOn(day: ShopDay, dayCount: number, random: SeededRandom): number {
  const growth = 1 + YEARLY_GROWTH * 2 * (day.index / (dayCount - 1) - 0.5);
  const event = saleEventOn(day);
  const eventBoost = event === 'Hot Sale' ? HOT_SALE_BOOST : event === 'Cyber Monday' ? CYBER_MONDAY_BOOST : 1;
  const holiday = HOLIDAY_DEMAND[day.date.slice(5)] ?? 1;
  const noise = random.between(0.8, 1.2);
  return growth * MONTH_DEMAND[day.month - 1] * WEEKDAY_DEMAND[day.weekday] * eventBoost * holiday * noise;
}

/** Whole orders per day summing exactly to the total: each day gets its rounded share of the running demand. */
function spreadOrders(calendar: readonly ShopDay[], totalOrders: number, random: SeededRandom): number[] {
  const demand = calendar.map((day) => demandOn(day, calendar.length, random));
  const totalDemand = demand.reduce((sum, value) => sum + value, 0);
  let runningDemand = 0;
  let placed = 0;
  return demand.map((value) => {
    runningDemand += value;
    const placedByNow = Math.round((runningDemand / totalDemand) * totalOrders);
    const today = placedByNow - placed;
    placed = placedByNow;
    return today;
  });
}

function skuTableFor(month: number): WeightedTable<Sku> {
  return new WeightedTable(
    SKUS.map((sku) => {
      const season = sku.season ? SEASON_DEMAND[sku.season][month - 1] : 1;
      return [sku, sku.category.demandShare * sku.weightInCategory * season] as const;
    }),
  );
}

function reasonTable(profile: ReasonProfile, gift: boolean, transportsParcel: boolean): WeightedTable<ReasonCode> {
  const giftReasons: ReadonlySet<ReasonCode> = new Set(['size_too_small', 'size_too_large', 'changed_mind']);
  return new WeightedTable(
    (Object.entries(REASON_WEIGHTS[profile]) as [ReasonCode, number][]).map(([reason, weight]) => {
      if (reason === 'damaged_in_transit' && !transportsParcel) return [reason, 0] as const;
      return [reason, gift && giftReasons.has(reason) ? weight * GIFT_REASON_FACTOR : weight] as const;
    }),
  );
}

interface ShippedLine {
  day: ShopDay;
  orderId: string;
  deliveredMs: number;
  deliveryDays: number;
  gift: boolean;
  carrier: Carrier;
  region: Region;
  channel: Channel;
  sku: Sku;
  quantity: number;
  unitPriceCents: number;
}

interface PendingReturn {
  requestedMs: number;
  /** The CSV row after return_id, which is given out in request order. */
  rowAfterId: string;
}

class DemoShop {
  orderLines = 0;
  returns = 0;
  private orders = 0;
  private customers: number;
  private readonly skuTables = Array.from({ length: 12 }, (_, month) => skuTableFor(month + 1));
  private readonly channels = new WeightedTable(CHANNELS.map((channel) => [channel, channel.weight] as const));
  private readonly regions = new WeightedTable(REGIONS.map((region) => [region, region.weight] as const));
  /** Returns waiting for their request day, indexed by that day. */
  private readonly returnsByRequestDay: PendingReturn[][] = [];
  private readonly reasonTables = new Map<string, WeightedTable<ReasonCode>>();
  private readonly endMs: number;
  private readonly slowWarehouseFromMs: number;
  private readonly slowWarehouseToMs: number;

  constructor(
    private readonly seed: number,
    scale: number,
    private readonly calendar: readonly ShopDay[],
    private readonly random: SeededRandom,
    private readonly ordersOut: GzipCsvFile,
    private readonly returnsOut: GzipCsvFile,
  ) {
    this.customers = Math.max(1, Math.round(EARLIER_CUSTOMERS_AT_SCALE_1 * scale));
    const lastDay = calendar[calendar.length - 1];
    this.endMs = lastDay.startMs + DAY_MS;
    const end = new Date(lastDay.startMs);
    this.slowWarehouseFromMs = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - SLOW_WAREHOUSE_MONTHS_BEFORE_END, 1);
    this.slowWarehouseToMs = this.slowWarehouseFromMs + SLOW_WAREHOUSE_DAYS * DAY_MS;
  }

  sellOn(day: ShopDay, orderCount: number): void {
    const orderTimes = Array.from({ length: orderCount }, () => day.startMs + this.timeOfDayMs()).sort((a, b) => a - b);
    for (const orderedMs of orderTimes) this.sellOrder(day, orderedMs);
    // Every return requested today is known now: requests come at least three days after the order.
    this.writeReturnsRequestedOn(day);
  }

  private sellOrder(day: ShopDay, orderedMs: number): void {
    this.orders += 1;
    const orderId = `AR-${100_000 + this.orders}`;
    const customer = this.random.chance(NEW_CUSTOMER_CHANCE) ? ++this.customers : this.random.int(1, this.customers);
    // A customer keeps one province across orders without the generator remembering them.
    const region = this.regions.at(hashToUnit(this.seed, customer));
    const channel = this.channels.draw(this.random);
    const carrier = region.carriers.draw(this.random);
    const [minDays, maxDays] = carrier.addedDays;
    const deliveryDays = (carrier.local ? 0 : region.distanceDays) + this.random.int(minDays, maxDays);
    const deliveredMs = day.startMs + deliveryDays * DAY_MS + Math.floor(this.random.between(9, 20) * HOUR_MS);
    const delivered = deliveredMs < this.endMs;
    const gift = day.month === 12 && day.dayOfMonth <= 22 && this.random.chance(GIFT_CHANCE);
    const onSale = saleEventOn(day) !== undefined;

    const skus = new Set<Sku>();
    const lineCount = LINES_PER_ORDER.draw(this.random);
    while (skus.size < lineCount) skus.add(this.skuTables[day.month - 1].draw(this.random));
    for (const sku of skus) {
      const quantity = UNITS_PER_LINE.draw(this.random);
      const unitPriceCents = priceCents(sku, day, onSale);
      this.ordersOut.write(
        csvRow([
          orderId,
          formatTimestamp(orderedMs),
          `cli-${String(customer).padStart(6, '0')}@example.com`,
          sku.sku,
          sku.name,
          sku.category.name,
          sku.variant,
          quantity,
          formatMoney(unitPriceCents),
          'ARS',
          channel.name,
          region.name,
          'AR',
          carrier.name,
          delivered ? formatTimestamp(deliveredMs) : '',
        ]),
      );
      this.orderLines += 1;
      if (delivered) {
        this.maybeReturn({
          day,
          orderId,
          deliveredMs,
          deliveryDays,
          gift,
          carrier,
          region,
          channel,
          sku,
          quantity,
          unitPriceCents,
        });
      }
    }
  }

  private maybeReturn(line: ShippedLine): void {
    const { sku, carrier } = line;
    const profile = sku.category.reasonProfile;
    const inDamageWave =
      carrier === DAMAGE_WAVE_CARRIER &&
      line.day.monthsBeforeEnd >= DAMAGE_WAVE_MONTHS_BEFORE_END.from &&
      line.day.monthsBeforeEnd <= DAMAGE_WAVE_MONTHS_BEFORE_END.to;
    const damageRate = inDamageWave ? DAMAGE_WAVE_LINE_RATE[profile] : 0;
    let returnRate = sku.category.lineReturnRate * line.channel.returnFactor;
    if (sku.sku === SIZING_PROBLEM_SKU) returnRate *= SIZING_PROBLEM_RETURN_FACTOR;
    if (line.gift) returnRate *= GIFT_RETURN_FACTOR;

    const draw = this.random.next();
    if (draw >= damageRate + returnRate) return;
    const reason = draw < damageRate ? 'damaged_in_transit' : this.reasonFor(line);
    const requestedMs = this.requestedMs(line);
    if (requestedMs >= this.endMs) return;

    const partly = line.quantity > 1 && this.random.chance(PARTIAL_RETURN_CHANCE);
    const quantity = partly ? this.random.int(1, line.quantity - 1) : line.quantity;
    const reasonTexts = REASON_TEXTS[reason];
    const reasonText = reasonTexts[this.random.int(0, reasonTexts.length - 1)];
    const requestDay = this.calendar[Math.floor((requestedMs - this.calendar[0].startMs) / DAY_MS)];

    const sentBack = !this.random.chance(NEVER_SENT_CHANCE);
    const receivedMs = sentBack ? this.receivedMs(requestedMs, carrier) : undefined;
    const received = receivedMs !== undefined && receivedMs < this.endMs ? receivedMs : undefined;
    const resolvedMs = received === undefined ? undefined : this.resolvedMs(received);
    const resolved = resolvedMs !== undefined && resolvedMs < this.endMs ? resolvedMs : undefined;

    const handling = RETURN_HANDLING[reason];
    const resolution = resolved === undefined ? '' : handling.resolutions.draw(this.random);
    const returnedValueCents = quantity * line.unitPriceCents;
    const amountCents = resolution === '' || resolution === 'Rechazada' ? undefined : returnedValueCents;
    // A rejected return goes back to the customer, so nothing is restocked or recovered.
    const disposition =
      received === undefined || resolution === 'Rechazada' ? undefined : handling.dispositions.draw(this.random);
    const recoveredCents =
      disposition && Math.round(returnedValueCents * this.random.between(...disposition.recoveredShare));
    const reverseCarrier = this.reverseCarrierFor(carrier);
    const shippingCents =
      received === undefined ? undefined : reverseShippingCents(reverseCarrier, line.region, requestDay, this.random);

    const rowAfterId = csvRow([
      line.orderId,
      sku.sku,
      quantity,
      reasonText,
      formatTimestamp(requestedMs),
      optional(received, formatTimestamp),
      optional(resolved, formatTimestamp),
      resolution,
      optional(amountCents, formatMoney),
      disposition?.label ?? '',
      optional(recoveredCents, formatMoney),
      optional(shippingCents, formatMoney),
      reverseCarrier.name,
    ]);
    (this.returnsByRequestDay[requestDay.index] ??= []).push({ requestedMs, rowAfterId });
  }

  private reasonFor(line: ShippedLine): ReasonCode {
    if (line.sku.sku === SIZING_PROBLEM_SKU && this.random.chance(SIZING_PROBLEM_TOO_SMALL_CHANCE)) {
      return 'size_too_small';
    }
    // The slower the delivery, the likelier "it came late" is the reason.
    const lateChance = Math.max(0, line.deliveryDays - 4) * LATE_REASON_CHANCE_PER_SLOW_DAY;
    if (this.random.chance(lateChance)) return 'late_delivery';
    const profile = line.sku.category.reasonProfile;
    const key = `${profile}/${line.gift}/${line.carrier.transportsParcel}`;
    let table = this.reasonTables.get(key);
    if (!table) {
      table = reasonTable(profile, line.gift, line.carrier.transportsParcel);
      this.reasonTables.set(key, table);
    }
    return table.draw(this.random);
  }

  /** 2–30 days after delivery, most within the first ten; gifts once unwrapped, after Christmas. */
  private requestedMs(line: ShippedLine): number {
    const deliveryDayMs = line.deliveredMs - (line.deliveredMs % DAY_MS);
    const earliest = deliveryDayMs + 2 * DAY_MS;
    const latest = deliveryDayMs + 30 * DAY_MS;
    const requestDayMs = line.gift
      ? Date.UTC(line.day.year, 11, 26) + Math.floor(28 * this.random.skewed(1.7)) * DAY_MS
      : earliest + Math.floor(29 * this.random.skewed(2.2)) * DAY_MS;
    return Math.min(latest, Math.max(earliest, requestDayMs)) + this.timeOfDayMs();
  }

  /** In transit 2–10 days; a customer who bought for pickup brings it back to the store sooner. */
  private receivedMs(requestedMs: number, carrier: Carrier): number {
    const transitDays = carrier.transportsParcel ? 2 + Math.floor(9 * this.random.skewed(1.6)) : this.random.int(2, 4);
    const requestDayMs = requestedMs - (requestedMs % DAY_MS);
    return requestDayMs + transitDays * DAY_MS + Math.floor(this.random.between(9, 18) * HOUR_MS);
  }

  /** About two days, up to a week; about ten during the slow stretch at the warehouse. */
  private resolvedMs(receivedMs: number): number {
    const slow = receivedMs >= this.slowWarehouseFromMs && receivedMs < this.slowWarehouseToMs;
    const days = slow ? 7 + 7 * this.random.skewed(1.3) : 7 * this.random.skewed(1.8);
    return duringOfficeHours(receivedMs + Math.floor(days * DAY_MS));
  }

  /** Usually the outbound carrier; some customers drop the parcel at the post office instead. */
  private reverseCarrierFor(carrier: Carrier): Carrier {
    return carrier.transportsParcel && this.random.chance(OTHER_REVERSE_CARRIER_CHANCE) ? CORREO_ARGENTINO : carrier;
  }

  private writeReturnsRequestedOn(day: ShopDay): void {
    const requested = this.returnsByRequestDay[day.index];
    if (!requested) return;
    delete this.returnsByRequestDay[day.index];
    requested.sort((a, b) => a.requestedMs - b.requestedMs);
    for (const { rowAfterId } of requested) {
      this.returns += 1;
      this.returnsOut.write(`DEV-${String(this.returns).padStart(6, '0')},${rowAfterId}`);
    }
  }

  private timeOfDayMs(): number {
    return HOUR_OF_DAY.draw(this.random) * HOUR_MS + this.random.int(0, 3_599) * 1_000;
  }
}

/** Moves a moment outside office hours forward to the next opening, keeping its minutes. */
function duringOfficeHours(ms: number): number {
  const dayStartMs = ms - (ms % DAY_MS);
  const hour = (ms - dayStartMs) / HOUR_MS;
  if (hour >= OFFICE_OPENS_HOUR && hour < OFFICE_CLOSES_HOUR) return ms;
  const openingMs = dayStartMs + (hour < OFFICE_OPENS_HOUR ? 0 : DAY_MS) + OFFICE_OPENS_HOUR * HOUR_MS;
  return openingMs + (ms % HOUR_MS);
}

/** Shelf prices end in 999 like the shop's price list; sale days take a round 20% off. */
function priceCents(sku: Sku, day: ShopDay, onSale: boolean): number {
  const listPesos = Math.round((sku.priceArs * day.priceIndex) / 1_000) * 1_000 - 1;
  const pesos = onSale ? Math.round(listPesos * (1 - SALE_EVENT_DISCOUNT)) : listPesos;
  return pesos * 100;
}

function reverseShippingCents(carrier: Carrier, region: Region, day: ShopDay, random: SeededRandom): number {
  if (carrier.reverseShippingArs === 0) return 0;
  const listPesos = (carrier.reverseShippingArs + region.distanceSurchargeArs) * day.priceIndex;
  const pesos = listPesos * random.between(0.95, 1.05);
  return Math.round(pesos / 10) * 1_000;
}

function optional<T>(value: T | undefined, format: (value: T) => string): string {
  return value === undefined ? '' : format(value);
}

const datesByDayNumber = new Map<number, string>();

function formatTimestamp(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  let date = datesByDayNumber.get(dayNumber);
  if (date === undefined) {
    date = isoDate(dayNumber * DAY_MS);
    datesByDayNumber.set(dayNumber, date);
  }
  const seconds = Math.floor((ms - dayNumber * DAY_MS) / 1_000);
  const hours = Math.floor(seconds / 3_600);
  return `${date} ${twoDigits(hours)}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function formatMoney(cents: number): string {
  return `${Math.floor(cents / 100)}.${twoDigits(cents % 100)}`;
}

/** RFC 4180: quote only the cells that need it. */
function csvRow(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

function csvCell(cell: string | number): string | number {
  return typeof cell === 'string' && /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Buffers lines into ~64 KB chunks for the gzip stream and lets the caller wait when it is full. */
class GzipCsvFile {
  private readonly gzip = createGzip();
  private readonly finished: Promise<void>;
  private chunk = '';
  private mustDrain = false;

  constructor(filePath: string, header: string) {
    this.finished = pipeline(this.gzip, fs.createWriteStream(filePath));
    // Surfaced by close(); without this a write error would crash the process as unhandled first.
    this.finished.catch(() => undefined);
    this.write(`${header}\n`);
  }

  write(line: string): void {
    this.chunk += line;
    if (this.chunk.length >= 65_536) this.flush();
  }

  async drain(): Promise<void> {
    if (!this.mustDrain) return;
    this.mustDrain = false;
    await once(this.gzip, 'drain');
  }

  async close(): Promise<void> {
    this.flush();
    this.gzip.end();
    await this.finished;
  }

  private flush(): void {
    if (this.chunk === '') return;
    if (!this.gzip.write(this.chunk)) this.mustDrain = true;
    this.chunk = '';
  }
}

export async function generateDemoData(options: DemoDataOptions): Promise<DemoDataResult> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`scale must be a positive number, got ${scale}`);
  const calendar = buildCalendar(options.endDate ?? DEFAULT_DEMO_END_DATE);
  const random = new SeededRandom(seed);
  const ordersPerDay = spreadOrders(calendar, Math.round(ORDERS_AT_SCALE_1 * scale), random);

  await fs.promises.mkdir(options.outDir, { recursive: true });
  const files = {
    orders: path.join(options.outDir, 'orders.csv.gz'),
    returns: path.join(options.outDir, 'returns.csv.gz'),
  };
  const ordersOut = new GzipCsvFile(files.orders, ORDER_COLUMNS);
  const returnsOut = new GzipCsvFile(files.returns, RETURN_COLUMNS);
  const shop = new DemoShop(seed, scale, calendar, random, ordersOut, returnsOut);
  for (const day of calendar) {
    shop.sellOn(day, ordersPerDay[day.index]);
    await Promise.all([ordersOut.drain(), returnsOut.drain()]);
  }
  await Promise.all([ordersOut.close(), returnsOut.close()]);
  return { orderLines: shop.orderLines, returns: shop.returns, files };
}
