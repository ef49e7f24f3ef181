import { describe, expect, it } from 'vitest';
import { isChargeLine } from '../../server/import/vocabulary-matching.ts';

// Order lines that sell a service beside the products: a shipping protection (Route, Navidium,
// Seel), gift wrap, a surcharge or interest for paying by card or in instalments. Nothing of them
// ships or comes back; counted as products they made 9 units of 4 sold (found by a hunt).

describe('services sold beside the products are no products', () => {
  it.each([
    // shipping protection, as the apps that sell it name their line
    'Route Package Protection - $1.95', 'Route Package Protection', 'ROUTEINS', 'Package Protection', 'Order Protection',
    'Shipping Protection by Navidium', 'Navidium Shipping Protection', 'Delivery insurance', 'Worry-Free Purchase', 'Seel Worry-Free Purchase',
    'Worry-Free Purchase by Seel', 'Seguro de envío', 'Seguro de envío - $ 1.500,00', 'Protección de envío', 'Proteção de envio', 'Seguro de entrega',
    // gift wrap, said whole, maybe with its price
    'Gift wrap', 'Gift wrapping', 'Gift Wrap - $5.00', 'Envoltorio para regalo', 'Envoltorio de regalo', 'Embalagem para presente', 'Embrulho para presente',
    // a surcharge or interest for how it was paid
    'Recargo por pago con tarjeta', 'Recargo financiero', 'Recargo por financiación en cuotas', 'Interés financiación', 'Intereses por financiación',
    'Interés', 'Juros de parcelamento', 'Costo financiero', 'Comisión',
  ])('%s is no product', (text) => expect(isChargeLine(text)).toBe(true));

  it.each([
    // products that share a word with a service
    'Gift box set', 'Gift box', 'Gift wrap - Kraft', 'Gift wrap roll', 'Papel de regalo', 'Caja de regalo', 'Corner package protection foam',
    'Protector de pantalla', 'Seguro para ventana', 'Tarjeta', 'Tarjeta de memoria 64GB', 'Tarjeta de felicitación', 'Interestelar (póster)',
    'Interés compuesto - libro', 'Recargable linterna LED', 'Shipping box set', 'Worry stone',
  ])('%s is a product', (text) => expect(isChargeLine(text)).toBe(false));
});
