// The demo shop: an Argentine fashion-and-home online store. What it sells, where it ships, and the
// words its team types into the returns sheet. Plain tables, so the generator reads as behaviour.
import { WeightedTable } from './seeded-random.ts';

export type ReasonProfile = 'sized' | 'fragile' | 'plain';

export interface Category {
  name: string;
  /** Share of order lines at flat seasonality. */
  demandShare: number;
  /** Chance that a delivered line comes back, before channel and planted effects. */
  lineReturnRate: number;
  reasonProfile: ReasonProfile;
}

const category = (
  name: string,
  demandShare: number,
  lineReturnRate: number,
  reasonProfile: ReasonProfile,
): Category => ({ name, demandShare, lineReturnRate, reasonProfile });

const footwear = category('Calzado', 0.26, 0.135, 'sized');
const clothing = category('Indumentaria', 0.32, 0.115, 'sized');
const accessories = category('Accesorios', 0.14, 0.055, 'plain');
const kitchen = category('Hogar', 0.11, 0.03, 'fragile');
const decor = category('Deco', 0.08, 0.05, 'fragile');
const homeTextiles = category('Textil hogar', 0.09, 0.06, 'plain');
const CATEGORIES: readonly Category[] = [footwear, clothing, accessories, kitchen, decor, homeTextiles];

export type Season = 'winter' | 'summer';

interface Variant {
  code: string;
  label: string;
  weight: number;
}

const variants = (entries: readonly (readonly [code: string, label: string, weight: number])[]): Variant[] =>
  entries.map(([code, label, weight]) => ({ code, label, weight }));
/** Colours sell evenly; the SKU suffix is the colour's first three letters, as the shop codes them. */
const colours = (...labels: string[]): Variant[] =>
  variants(labels.map((label) => [colourCode(label), label, 1] as const));

function colourCode(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 3).toUpperCase();
}

// Unisex shoe sizes, most sales between 38 and 42.
const SHOE_SIZES = variants(
  (
    [
      [35, 3],
      [36, 6],
      [37, 9],
      [38, 11],
      [39, 12],
      [40, 12],
      [41, 12],
      [42, 12],
      [43, 9],
      [44, 6],
    ] as const
  ).map(([size, weight]) => [String(size), String(size), weight] as const),
);
const CLOTHING_SIZES = variants([
  ['XS', 'XS', 8],
  ['S', 'S', 20],
  ['M', 'M', 30],
  ['L', 'L', 26],
  ['XL', 'XL', 16],
]);
const BED_SIZES = variants([
  ['1P', '1 ½ plaza', 20],
  ['2P', '2 plazas', 40],
  ['QN', 'Queen', 28],
  ['KG', 'King', 12],
]);

interface Product {
  code: string;
  name: string;
  category: Category;
  /** Shelf price in the last month of the data, whole pesos. */
  priceArs: number;
  popularity: number;
  season?: Season;
  /** Empty: the product code is the SKU. */
  variants: Variant[];
}

const product = (
  code: string,
  name: string,
  productCategory: Category,
  priceArs: number,
  popularity: number,
  productVariants: Variant[] = [],
  season?: Season,
): Product => ({ code, name, category: productCategory, priceArs, popularity, variants: productVariants, season });

const PRODUCTS: readonly Product[] = [
  product('ZAP-URB', 'Zapatilla Urbana', footwear, 90_000, 18, SHOE_SIZES),
  product('ZAP-RUN', 'Zapatilla Running', footwear, 130_000, 16, SHOE_SIZES),
  product('BOT-CUE', 'Bota de Cuero', footwear, 170_000, 7, SHOE_SIZES, 'winter'),
  product('BOR-CUE', 'Borcego de Cuero', footwear, 120_000, 10, SHOE_SIZES, 'winter'),
  product('SAN-PLA', 'Sandalia Plataforma', footwear, 45_000, 12, SHOE_SIZES, 'summer'),
  product('MOC-CLA', 'Mocasín Clásico', footwear, 100_000, 8, SHOE_SIZES),
  product('REM-BAS', 'Remera Básica', clothing, 20_000, 30, CLOTHING_SIZES),
  product('BUZ-CAP', 'Buzo con Capucha', clothing, 55_000, 14, CLOTHING_SIZES, 'winter'),
  product('JEA-REC', 'Jean Recto', clothing, 60_000, 16, CLOTHING_SIZES),
  product('CAM-PUF', 'Campera Puffer', clothing, 150_000, 8, CLOTHING_SIZES, 'winter'),
  product('VES-LIN', 'Vestido de Lino', clothing, 65_000, 8, CLOTHING_SIZES, 'summer'),
  product('CAM-OXF', 'Camisa Oxford', clothing, 45_000, 10, CLOTHING_SIZES),
  product('PAN-CAR', 'Pantalón Cargo', clothing, 50_000, 10, CLOTHING_SIZES),
  product('SWE-LAN', 'Sweater de Lana', clothing, 70_000, 8, CLOTHING_SIZES, 'winter'),
  product('SHO-BAN', 'Short de Baño', clothing, 30_000, 6, CLOTHING_SIZES, 'summer'),
  product('MOC-URB', 'Mochila Urbana', accessories, 60_000, 12, colours('Negro', 'Gris', 'Verde')),
  product('CIN-CUE', 'Cinturón de Cuero', accessories, 25_000, 10, colours('Negro', 'Marrón')),
  product('GOR-GAB', 'Gorra de Gabardina', accessories, 18_000, 8, colours('Negro', 'Beige', 'Azul')),
  product('BUF-LAN', 'Bufanda de Lana', accessories, 22_000, 6, colours('Gris', 'Bordó'), 'winter'),
  product('BIL-CUE', 'Billetera de Cuero', accessories, 35_000, 8, colours('Negro', 'Marrón')),
  product('LEN-SOL', 'Lentes de Sol', accessories, 45_000, 8, colours('Negro', 'Carey'), 'summer'),
  product('CAR-CUE', 'Cartera de Cuero', accessories, 95_000, 7, colours('Negro', 'Suela')),
  product('RIN-NYL', 'Riñonera de Nylon', accessories, 28_000, 6, colours('Negro', 'Verde')),
  product('MED-PAC', 'Medias Pack x3', accessories, 15_000, 10, colours('Blanco', 'Negro')),
  product('PAR-PLE', 'Paraguas Plegable', accessories, 20_000, 4),
  product('SAR-ANT', 'Set de Sartenes Antiadherentes', kitchen, 85_000, 8),
  product('CUC-ACE', 'Set de Cuchillos de Acero', kitchen, 45_000, 7),
  product('TER-ACE', 'Termo de Acero 1 L', kitchen, 40_000, 14, colours('Negro', 'Verde', 'Rojo')),
  product('MAT-CAL', 'Mate de Calabaza', kitchen, 15_000, 12),
  product('CAF-FRA', 'Cafetera Francesa', kitchen, 30_000, 7),
  product('VAS-VID', 'Set de Vasos de Vidrio x6', kitchen, 22_000, 7),
  product('TAB-MAD', 'Tabla de Picar de Madera', kitchen, 18_000, 6),
  product('OLL-ACE', 'Olla de Acero 24 cm', kitchen, 70_000, 5),
  product('PAV-ELE', 'Pava Eléctrica', kitchen, 55_000, 8, colours('Negro', 'Blanco')),
  product('BAT-MAN', 'Batidora de Mano', kitchen, 65_000, 5),
  product('CON-VID', 'Set de Contenedores de Vidrio', kitchen, 35_000, 6),
  product('LAM-MES', 'Lámpara de Mesa', decor, 75_000, 8, colours('Negro', 'Blanco')),
  product('ESP-RED', 'Espejo Redondo 60 cm', decor, 90_000, 6),
  product('FLO-CER', 'Florero de Cerámica', decor, 25_000, 8, colours('Blanco', 'Terracota')),
  product('CUA-BOT', 'Cuadro Botánico', decor, 35_000, 6),
  product('VEL-ARO', 'Vela Aromática', decor, 15_000, 10, colours('Vainilla', 'Lavanda', 'Sándalo')),
  product('MAC-CER', 'Maceta de Cerámica', decor, 20_000, 7, colours('Blanco', 'Negro')),
  product('POR-MAD', 'Portarretratos de Madera', decor, 15_000, 6),
  product('REL-PAR', 'Reloj de Pared', decor, 40_000, 5),
  product('SAB-ALG', 'Juego de Sábanas de Algodón', homeTextiles, 60_000, 12, BED_SIZES),
  product('ACO-REV', 'Acolchado Reversible', homeTextiles, 110_000, 7, BED_SIZES, 'winter'),
  product('TOA-ALG', 'Juego de Toallón y Toalla', homeTextiles, 35_000, 10, colours('Blanco', 'Gris', 'Azul')),
  product('ALM-LIN', 'Funda de Almohadón de Lino', homeTextiles, 15_000, 8, colours('Crudo', 'Verde', 'Terracota')),
  product('MAN-TEJ', 'Manta Tejida', homeTextiles, 50_000, 6, colours('Crudo', 'Gris'), 'winter'),
  product('COR-BLA', 'Cortina Blackout', homeTextiles, 45_000, 5, colours('Gris', 'Beige')),
  product('MAN-ANT', 'Mantel Antimanchas', homeTextiles, 28_000, 4),
];

export interface Sku {
  sku: string;
  name: string;
  category: Category;
  /** The size or colour as the shop shows it; empty for a product without variants. */
  variant: string;
  priceArs: number;
  season?: Season;
  /** Share of its category's lines at flat seasonality. */
  weightInCategory: number;
}

function skusOf(item: Product, categoryPopularity: number): Sku[] {
  const productShare = item.popularity / categoryPopularity;
  const base = { name: item.name, category: item.category, priceArs: item.priceArs, season: item.season };
  if (item.variants.length === 0) return [{ ...base, sku: item.code, variant: '', weightInCategory: productShare }];
  const variantTotal = item.variants.reduce((sum, variant) => sum + variant.weight, 0);
  return item.variants.map((variant) => ({
    ...base,
    sku: `${item.code}-${variant.code}`,
    variant: variant.label,
    weightInCategory: (productShare * variant.weight) / variantTotal,
  }));
}

export const SKUS: readonly Sku[] = CATEGORIES.flatMap((shelf) => {
  const products = PRODUCTS.filter((item) => item.category === shelf);
  const popularity = products.reduce((sum, item) => sum + item.popularity, 0);
  return products.flatMap((item) => skusOf(item, popularity));
});

export interface Channel {
  name: string;
  weight: number;
  /** Marketplace buyers compare more and keep less; app users are regulars. */
  returnFactor: number;
}

export const CHANNELS: readonly Channel[] = [
  { name: 'Tienda online', weight: 45, returnFactor: 1 },
  { name: 'Mercado Libre', weight: 28, returnFactor: 1.15 },
  { name: 'App', weight: 15, returnFactor: 0.85 },
  { name: 'Instagram', weight: 12, returnFactor: 1.05 },
];

export interface Carrier {
  name: string;
  /** Days to deliver: the province's distance days (unless local) plus a value in this range. */
  addedDays: readonly [number, number];
  /** Serves only the metro area, so distance does not apply. */
  local: boolean;
  /** False for store pickup: nothing travels, so nothing breaks on the way. */
  transportsParcel: boolean;
  /** Reverse shipping paid by the shop in the last month of the data; 0 = the customer brings it back. */
  reverseShippingArs: number;
}

const nationalCarrier = (name: string, addedDays: readonly [number, number], reverseShippingArs: number): Carrier => ({
  name,
  addedDays,
  local: false,
  transportsParcel: true,
  reverseShippingArs,
});
const ANDREANI = nationalCarrier('Andreani', [0, 1], 5_000);
export const OCA = nationalCarrier('OCA', [0, 2], 4_600);
export const CORREO_ARGENTINO = nationalCarrier('Correo Argentino', [1, 2], 4_000);
const MOTO_CABA: Carrier = {
  name: 'Moto CABA',
  addedDays: [1, 1],
  local: true,
  transportsParcel: true,
  reverseShippingArs: 3_500,
};
const STORE_PICKUP: Carrier = {
  name: 'Retiro en tienda',
  addedDays: [1, 2],
  local: true,
  transportsParcel: false,
  reverseShippingArs: 0,
};

const NATIONAL_CARRIER_WEIGHTS = [
  [ANDREANI, 36],
  [OCA, 30],
  [CORREO_ARGENTINO, 24],
] as const;

export interface Region {
  name: string;
  /** Millions of people (2022 census), CABA nudged up: it buys online more than its size. */
  weight: number;
  /** Days a national carrier needs to get there. */
  distanceDays: number;
  /** Extra reverse shipping for the distance, last month's pesos. */
  distanceSurchargeArs: number;
  carriers: WeightedTable<Carrier>;
}

const SURCHARGE_BY_DISTANCE_DAYS: Record<number, number> = { 1: 0, 2: 600, 3: 1_500, 4: 2_500, 6: 3_500 };

function region(
  name: string,
  weight: number,
  distanceDays: number,
  localCarriers: readonly (readonly [Carrier, number])[] = [],
): Region {
  return {
    name,
    weight,
    distanceDays,
    distanceSurchargeArs: SURCHARGE_BY_DISTANCE_DAYS[distanceDays] ?? 0,
    carriers: new WeightedTable([...NATIONAL_CARRIER_WEIGHTS, ...localCarriers]),
  };
}

export const REGIONS: readonly Region[] = [
  region('Buenos Aires', 17.5, 2, [
    [MOTO_CABA, 12],
    [STORE_PICKUP, 6],
  ]),
  region('CABA', 4.5, 1, [
    [MOTO_CABA, 30],
    [STORE_PICKUP, 8],
  ]),
  region('Córdoba', 3.8, 3, [[STORE_PICKUP, 5]]),
  region('Santa Fe', 3.5, 3),
  region('Mendoza', 2.0, 4),
  region('Tucumán', 1.7, 4),
  region('Entre Ríos', 1.4, 3),
  region('Salta', 1.4, 6),
  region('Misiones', 1.3, 6),
  region('Corrientes', 1.2, 6),
  region('Chaco', 1.1, 6),
  region('Santiago del Estero', 1.05, 4),
  region('San Juan', 0.82, 4),
  region('Jujuy', 0.81, 6),
  region('Río Negro', 0.76, 4),
  region('Neuquén', 0.71, 4),
  region('Formosa', 0.61, 6),
  region('Chubut', 0.6, 6),
  region('San Luis', 0.54, 4),
  region('Catamarca', 0.43, 6),
  region('La Rioja', 0.38, 6),
  region('La Pampa', 0.36, 3),
  region('Santa Cruz', 0.34, 6),
  region('Tierra del Fuego', 0.19, 6),
];

export type ReasonCode =
  | 'size_too_small'
  | 'size_too_large'
  | 'not_as_described'
  | 'defective'
  | 'damaged_in_transit'
  | 'wrong_item'
  | 'late_delivery'
  | 'changed_mind'
  | 'better_price'
  | 'other';

/** The exact texts the importer maps to canonical reasons; two phrasings where customers use two. */
export const REASON_TEXTS: Record<ReasonCode, readonly string[]> = {
  size_too_small: ['Talle pequeño', 'Me queda chico'],
  size_too_large: ['Talle grande', 'Me queda grande'],
  not_as_described: ['No es como en la foto', 'La descripción no coincide'],
  defective: ['Producto defectuoso', 'Vino fallado'],
  damaged_in_transit: ['Llegó dañado', 'Caja rota, producto dañado'],
  wrong_item: ['Me enviaron otro producto'],
  late_delivery: ['Llegó tarde'],
  changed_mind: ['Me arrepentí', 'Cambié de opinión'],
  better_price: ['Encontré mejor precio'],
  other: ['Otro motivo'],
};

/**
 * Why a line of each kind comes back. Late delivery is absent: the generator ties it to slow
 * deliveries. Size reasons exist only where there is a size to get wrong.
 */
export const REASON_WEIGHTS: Record<ReasonProfile, Partial<Record<ReasonCode, number>>> = {
  sized: {
    size_too_small: 26,
    size_too_large: 17,
    not_as_described: 14,
    defective: 8,
    damaged_in_transit: 3,
    wrong_item: 4,
    changed_mind: 17,
    better_price: 3,
    other: 6,
  },
  fragile: {
    not_as_described: 20,
    defective: 22,
    damaged_in_transit: 14,
    wrong_item: 7,
    changed_mind: 20,
    better_price: 7,
    other: 10,
  },
  plain: {
    not_as_described: 24,
    defective: 20,
    damaged_in_transit: 5,
    wrong_item: 7,
    changed_mind: 26,
    better_price: 8,
    other: 10,
  },
};

export type Resolution = 'Reembolso' | 'Cambio' | 'Crédito en tienda' | 'Rechazada';

// A wrong size is mostly swapped for the right one; a seller's fault mostly refunded; a change of
// heart often settled with store credit, and it is the likeliest to be out of policy.
const FIT_RESOLUTIONS = new WeightedTable<Resolution>([
  ['Reembolso', 38],
  ['Cambio', 47],
  ['Crédito en tienda', 12],
  ['Rechazada', 3],
]);
const FAULT_RESOLUTIONS = new WeightedTable<Resolution>([
  ['Reembolso', 68],
  ['Cambio', 18],
  ['Crédito en tienda', 12],
  ['Rechazada', 2],
]);
const CUSTOMER_RESOLUTIONS = new WeightedTable<Resolution>([
  ['Reembolso', 58],
  ['Cambio', 8],
  ['Crédito en tienda', 29],
  ['Rechazada', 5],
]);

export interface Disposition {
  label: string;
  /** Share of the returned line's shelf value recovered, as a range. */
  recoveredShare: readonly [number, number];
}

// Recovered value is counted at cost, not at shelf price: a restocked item is worth what the
// shop paid for it (about half the price) less handling. Counting shelf price would make
// returns look profitable, since exchanged and credited items are restocked too.
const RESTOCK: Disposition = { label: 'Reingreso a stock', recoveredShare: [0.42, 0.5] };
const REFURBISH: Disposition = { label: 'Reacondicionado', recoveredShare: [0.25, 0.32] };
const OUTLET: Disposition = { label: 'Outlet', recoveredShare: [0.15, 0.22] };
const DISPOSE: Disposition = { label: 'Descarte', recoveredShare: [0, 0] };
// The supplier credits its own cost, about half the shelf price.
const RETURN_TO_VENDOR: Disposition = { label: 'Devolución a proveedor', recoveredShare: [0.45, 0.55] };

const UNUSED_ITEM = new WeightedTable<Disposition>([
  [RESTOCK, 82],
  [OUTLET, 12],
  [REFURBISH, 6],
]);
const FAULTY_ITEM = new WeightedTable<Disposition>([
  [RETURN_TO_VENDOR, 50],
  [REFURBISH, 20],
  [DISPOSE, 30],
]);
const BROKEN_ITEM = new WeightedTable<Disposition>([
  [REFURBISH, 35],
  [OUTLET, 30],
  [DISPOSE, 35],
]);

export interface ReturnHandling {
  resolutions: WeightedTable<Resolution>;
  dispositions: WeightedTable<Disposition>;
}

export const RETURN_HANDLING: Record<ReasonCode, ReturnHandling> = {
  size_too_small: { resolutions: FIT_RESOLUTIONS, dispositions: UNUSED_ITEM },
  size_too_large: { resolutions: FIT_RESOLUTIONS, dispositions: UNUSED_ITEM },
  not_as_described: { resolutions: FAULT_RESOLUTIONS, dispositions: UNUSED_ITEM },
  defective: { resolutions: FAULT_RESOLUTIONS, dispositions: FAULTY_ITEM },
  damaged_in_transit: { resolutions: FAULT_RESOLUTIONS, dispositions: BROKEN_ITEM },
  wrong_item: { resolutions: FAULT_RESOLUTIONS, dispositions: UNUSED_ITEM },
  late_delivery: { resolutions: FAULT_RESOLUTIONS, dispositions: UNUSED_ITEM },
  changed_mind: { resolutions: CUSTOMER_RESOLUTIONS, dispositions: UNUSED_ITEM },
  better_price: { resolutions: CUSTOMER_RESOLUTIONS, dispositions: UNUSED_ITEM },
  other: { resolutions: CUSTOMER_RESOLUTIONS, dispositions: UNUSED_ITEM },
};
