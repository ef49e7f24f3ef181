import fs from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

/**
 * A Tiendanube-style sales export for the import benchmark: Windows-1252, `;`-separated, decimal
 * comma with `.` thousands, day-first times, one row per product with the order's fields
 * repeated, about 75 bytes a line. Deterministic: the same line count gives the same bytes.
 */

export const tiendanubeHeader = [
  'Número de orden',
  'Email',
  'Fecha',
  'Nombre del producto',
  'Precio del producto',
  'Cantidad del producto',
  'SKU',
  'Provincia o estado',
  'Medio de envío',
];

const products = ['Remera', 'Pantalón', 'Campera “urbana”', 'Zapatilla €co', 'Taza – mate', 'Lámpara', 'Buzo', 'Gorra'];
const provinces = ['Córdoba', 'CABA', 'Santa Fe', 'Tucumán', 'Neuquén', 'Mendoza', 'Salta', 'Jujuy'];
const carriers = ['Andreani', 'OCA', 'Correo', 'Retiro'];

const two = (n: number) => String(n).padStart(2, '0');

/** "1.234,56" from cents. */
function decimalComma(cents: number): string {
  const units = Math.floor(cents / 100);
  const grouped = String(units).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${grouped},${two(cents % 100)}`;
}

/** Line i of the file (0-based): orders of one to three lines, spread over 2024–2025. */
function line(i: number): string {
  const order = 1_000_000 + Math.floor(i / 2);
  const day = 1 + (order % 28);
  const month = 1 + (Math.floor(order / 28) % 12);
  const year = 2024 + (Math.floor(order / 336) % 2);
  const hour = order % 24;
  const minute = (order * 7) % 60;
  const product = (i * 5) % products.length;
  const cents = 50_000 + ((order * 7919 + i * 104_729) % 12_000_000);
  return [
    order,
    `c${order % 90_000}@x.ar`,
    `${two(day)}/${two(month)}/${year} ${two(hour)}:${two(minute)}:00`,
    products[product],
    decimalComma(cents),
    1 + (i % 3),
    `SK-${(i * 31) % 8000}`,
    provinces[order % provinces.length],
    carriers[order % carriers.length],
  ].join(';');
}

/** Writes `lines` data lines (plus the header) to `filePath`, streaming, in Windows-1252. */
export async function writeTiendanubeFile(filePath: string, lines: number): Promise<void> {
  const out = fs.createWriteStream(filePath);
  const write = async (text: string) => {
    if (!out.write(iconv.encode(text, 'windows-1252'))) await once(out, 'drain');
  };
  await write(`${tiendanubeHeader.join(';')}\r\n`);
  const batch: string[] = [];
  for (let i = 0; i < lines; i++) {
    batch.push(line(i));
    if (batch.length === 50_000) await write(`${batch.splice(0).join('\r\n')}\r\n`);
  }
  if (batch.length > 0) await write(`${batch.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
}
