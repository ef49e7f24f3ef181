import type { Disposition, Reason, Resolution } from '../domain/returns-vocabulary.ts';

/** Lower case, no accents, punctuation folded to single spaces: "Talle pequeño!" → "talle pequeno". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Rule<Code> = [pattern: RegExp, code: Code];

// A size asked for is a wish, not a fit: a verb of wanting or asking ("quiere", "pide", "need",
// "requested", "quero"), or an exchange for or to one ("cambio de talle por", "cambio a",
// "exchange to", "troca para"), anywhere in the text; never beside a defect or a damage, which are
// the reason then ("uno más grande porque llegó roto").
const sizeAskedFor = String.raw`^(?!.*\b(roto|rota|broken|damag|danad|defect|fallad|falla|no funciona|quebrad|avariad))(?=.*\b(necesit\w*|need\w*|quier\w*|quer\w*|want\w*|pid\w*|pede|pedem|pediu|pediram|pedindo|solicit\w*|request\w*|asked for|would like|precis\w*|(cambi|exchang|swap|troc)\w* (de (talle|talla|numero|tamano|tamanho) )?(por|a|para|for|to)|cambi\w* de (talle|talla|numero|tamano|tamanho))\b)`;
/** A size asked for one way: a comparative after a size word or "uno" ("talle más grande", "uno más chico"), "bigger size", "size up". */
const sizeWish = (comparatives: string, english: string, step: string) =>
  new RegExp(String.raw`${sizeAskedFor}.*\b((talle|talla|numero|size|tamanho|tamano|uno|una|one|um|uma) (${comparatives})|(${english}) (size|one))\b(?! (than|que|de lo))|\b(one |a )?size ${step}\b`);

// Ordered: the first rule whose pattern is found in the folded text wins, so specific phrases
// come before general words ("caja rota" is transit damage, not a defect; "wrong size" is about
// fit, not a wrong item). Texts are English, Spanish and Portuguese, folded.
const reasonRules: Rule<Reason>[] = [
  // a wait "too long" is a late delivery, before the fit rules read "too long" as a size
  [/\b(took|taking|takes|take|waited|waiting|wait) (too|so|very|way too) long\b|\btoo long (to (arrive|ship|deliver|come|get here|be delivered|be shipped)|for (delivery|shipping|it to arrive))\b|\btoo long (delivery|shipping|transit)\b|\b(delivery|shipping|shipment|transit|envio|entrega) (took|was|is|taking) (too |very |so )?(long|slow)\b/, 'late_delivery'],
  // the size asked for in exchange says which way the first was wrong: "I need a bigger size",
  // "cambio de talle por uno más grande" came back too small. Before the fit rules, which read
  // "talle … más grande" as the fit ("talle muy grande")
  [sizeWish('mas grande|bigger|larger|maior|mayor', 'bigger|larger', 'up'), 'size_too_small'],
  [sizeWish('mas chic\\w*|mas pequen\\w*|smaller|menor', 'smaller', 'down'), 'size_too_large'],
  // the customer's own mistake in ordering is a change of mind, not the seller's wrong item; a
  // size ordered wrong stays a question of fit
  [/\b((ordered|bought) (the |a )?wrong\b(?! size)|(ordered|bought) by mistake|misordered|(compre|pedi) (el |la |un |una )?(?!(talle|talla|tamano|numero) )(\w+ )?(equivocad|incorrect)|me equivoque(?! de (talle|talla|tamano|numero))|(comprei|pedi) (o |a )?(?!tamanho )(\w+ )?errad)/, 'changed_mind'],
  [/\b(talle|talla|tamanho|tamano|size|numero|horma)\b.*\b(pequen|chic|small|apretad|ajustad|apertad|corto|curto)|\b(too (small|tight|short)|runs small|fits small|queda chic|queda pequen|queda apretad|qued(o|aba|an|aron) (muy |un poco |algo )?(chic|pequen|apretad|ajustad|cort)|ficou (pequen|apertad|curt)|muy chic|(demasiado|muito) (pequen|chic|apretad|ajustad|cort|curt)|tight|(smaller|tighter|shorter) than (expected|pictured|described|usual)|mas (chic|pequen)\w* de lo (esperado|que esperaba)|menor (do )?que (o )?(esperado|esperava))/, 'size_too_small'],
  [/\b(talle|talla|tamanho|tamano|size|numero|horma)\b.*\b(grande|large|big|holgad|folgad|largo|longo)|\b(too (large|big|loose|long)|runs (large|big)|fits (large|big)|queda grande|qued(o|aba|an|aron) (muy |un poco |algo )?(grande|holgad|larg)|ficou grande|ficou (folgad|larg|comprid)|muy grande|(demasiado|muito) (grande|holgad|folgad|larg)|loose fit|fits loose|(larger|bigger|looser|longer) than (expected|pictured|described|usual)|mas grande\w* de lo (esperado|que esperaba)|maior (do )?que (o )?(esperado|esperava))/, 'size_too_large'],
  [/\b(wrong|incorrect) size\b|\b(talle|talla|tamano|numero) (incorrecto|equivocado)|\bme equivoque de (talle|talla|tamano|numero)|\btamanho errado|\bno (me )?(queda|quedo|calza|calzo)|\b(doesn t|does not|didn t|did not) fit|\bnao serviu|\bfit\b/, 'not_as_described'],
  // Shopify's DEFECTIVE reason displays as "Damaged or defective" (es "Dañado o defectuoso"): a defect
  [/\b(damaged or defective|defective or damaged|danad[oa] o defectuos[oa]|defectuos[oa] o danad[oa])\b/, 'defective'],
  [/\b(dan(ad|o)|danific|roto|rota|rotos|rotas|broken|damaged|damage|avariad|quebrad|golpead|aplastad|crushed|dented|caja rota|embalaje|packaging|amassad)/, 'damaged_in_transit'],
  [/\b(otro producto|producto equivocado|articulo equivocado|equivocad|wrong|incorrect|errad|diferente (al|do) pedido|no es lo que ped|not what i ordered|nao e o que pedi)/, 'wrong_item'],
  [/\b(tarde|tardo|tardaron|tardou|late|demor|atras|delay|took too long|nunca llego|no llego|never arrived|not arrived|didn t arrive|nao chegou)/, 'late_delivery'],
  [/\b(defect|faulty|fallad|falla|no funciona|doesn t work|does not work|not working|stopped working|dejo de funcionar|quality|calidad|defeito|estragad|nao funciona|parou de funcionar|se rompio|descosid|manchad|stained|loose (thread|stitch|seam|button)|hilo suelto)/, 'defective'],
  // a taste, even in a colour or a style, is the customer's change of mind, not a description at fault
  [/\b(didn t like|did not like|don t like|do not like|no me gusto|nao gostei|i prefer|prefer a|prefiero|preferi|prefiro)/, 'changed_mind'],
  // Shopify's COLOR and STYLE reasons, said whole, are the buyer not liking the colour or the style
  [/^(colou?r|style|estilo)$/, 'changed_mind'],
  [/\b(foto|descrip|not as described|not as pictured|como se describe|no coincide|diferente|different|imagem|photo|picture|colou?r|cor |misleading|looks different|distinto)/, 'not_as_described'],
  [/\b(precio|price|preco|barat|cheaper|mejor oferta|better deal)/, 'better_price'],
  [/^(otro|otra|otros|outro|outros|other|others)( motivo| reason)?$/, 'other'],
  [/\b(arrepent|arrepend|cambi\w* de opinion|changed (my |their |his |her )?mind|mud\w* de ideia|desist|ya no lo (quiero|necesito)|no lo necesito|no longer|no me gusto|didn t like|don t like|do not like|don t want|unwanted|nao gostei|nao quero|ordered by mistake|compre por error|duplicate order|pedido duplicado)/, 'changed_mind'],
];

const resolutionRules: Rule<Resolution>[] = [
  [/\b(rechaz|reject|deneg|denied|declin|recusad|negad|no aplica|not approved|nao aprovad)/, 'rejected'],
  [/\b(pendiente|pending|en proceso|open|abiert|pendente|in progress|processing|awaiting|en revision|em analise|requested|solicitad)/, 'pending'],
  // money back to how the customer paid ("Credit Card", "Reembolso a tarjeta de crédito") is a
  // refund, though it says "credit"; a gift card, in any language, is store credit; an exchange
  // that names how its difference was paid ("card charged for difference") is an exchange
  [/\b(gift ?card|giftcard|tarjeta (de )?regalo|cartao (de )?presente|vale|cupon|coupon|cupom|voucher|store credit|credito en tienda|credito en la tienda|credito na loja)/, 'store_credit'],
  [/\b(cambio|cambiad|exchange|troca|trocad|reemplazo|replacement|replaced|swap|reposicion|substituicao)/, 'exchange'],
  [/\b(credit card|debit card|card|tarjeta|cartao|paypal|mercado ?pago|bank|transferencia|transfer|original payment|payment method|efectivo|cash)\b/, 'refund'],
  [/\b(credito|credit|saldo|nota de credito|bono)/, 'store_credit'],
  // "No refund", "Sin reembolso" as the whole text: nothing was given back for it ("Reembolso, sin
  // reembolso del envío" is a refund)
  [/^(no|not|sin|sem|nao|without|non) (refund\w*|reembols\w*|reintegr\w*|estorn\w*|devolucion del dinero)$/, 'rejected'],
  [/\b(reembols|refund|devolucion (del|de) dinero|dinero devuelto|reintegro|estorno|estornad|money back|original payment|back to card)/, 'refund'],
];

const dispositionRules: Rule<Disposition>[] = [
  [/\b(proveedor|vendor|supplier|fornecedor|rtv|fabricante|manufacturer)/, 'return_to_vendor'],
  [/\b(reacondicion|refurb|repar|recondicion)/, 'refurbish'],
  [/\b(outlet|resell|reventa|segunda|second hand|revenda|open box|b stock)/, 'resell'],
  [/\b(liquid|remate|bulk sale)/, 'liquidate'],
  [/\b(recicl|recycl)/, 'recycle'],
  [/\b(descart|dispos|destru|scrap|basura|lixo|write off|merma|desecho)/, 'dispose'],
  [/\b(reingreso|restock|stock|estoque|inventory|inventario|resellable|back to shelf)/, 'restock'],
];

function matcher<Code extends string>(rules: Rule<Code>[], codes: readonly Code[]) {
  return (text: string): Code | null => {
    const folded = foldText(text);
    if (folded === '') return null;
    const asCode = folded.replace(/ /g, '_') as Code;
    if (codes.includes(asCode)) return asCode;
    return rules.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
  };
}

const unique = <T,>(items: T[]) => [...new Set(items)];
const reasonCodes = unique(reasonRules.map(([, c]) => c)).concat('other');
const resolutionCodes = unique(resolutionRules.map(([, c]) => c));
const dispositionCodes = unique(dispositionRules.map(([, c]) => c));

const recogniseReasonText = matcher(reasonRules, reasonCodes);

// A chosen reason with the customer's words after it: "Defective - too small battery",
// "Doesn't fit: too small", "Otro | me quedó chico".
const labelAndDetail = /^(.+?)(?:\s+[-–—|/]\s+|:\s+)(.+)$/s;
// a label that names only what the words are about ("Color: no me gustó", "Talle: chico")
const attributeOnly = /^(colou?r|cor|style|estilo|size|talle|talla|tamanho|tamano|numero|fit|horma)$/;
const sizeReasons: readonly (Reason | null)[] = ['size_too_small', 'size_too_large'];

/**
 * The canonical reason a text names, or null when no rule knows it. A text that opens with a
 * label ("Defective - too small battery") is the label's reason, whatever the words after it
 * say; they only give the direction of a fit label that has none ("Doesn't fit - too small").
 * A label that says nothing (other) or names only an attribute ("Color: …") leaves the whole text
 * to decide.
 */
export function recogniseReason(text: string): Reason | null {
  const parts = labelAndDetail.exec(text.trim());
  if (!parts || attributeOnly.test(foldText(parts[1]!))) return recogniseReasonText(text);
  const label = recogniseReasonText(parts[1]!);
  if (label === null || label === 'other') return recogniseReasonText(text);
  const detail = recogniseReasonText(parts[2]!);
  return label === 'not_as_described' && sizeReasons.includes(detail) ? detail : label;
}

/** A reason text nobody anticipated is still a return: it counts as `other`, its text kept. */
export function matchReason(text: string | null): Reason {
  return (text && recogniseReason(text)) || 'other';
}

export const matchResolution = matcher(resolutionRules, resolutionCodes);
export const matchDisposition = matcher(dispositionRules, dispositionCodes);

// Spanish and Portuguese Excel write TRUE / FALSE as VERDADERO / VERDADEIRO / FALSO in a CSV.
const notReturned = /^(no|n|nao|false|falso|f|0|none|kept|not returned|no devuelto|no devuelta|nao devolvido|nao devolvida|sin devolucion|sem devolucao)$|^(not|no|nao|sin|sem) /;
const returned = /^(yes|y|si|s|sim|true|verdadero|verdadeiro|t|1|x|returned|return|devuelto|devuelta|devolvido|devolvida|refunded|reembolsado|reembolsada|partially returned|partially refunded|parcialmente devuelto)$|\b(returned|devuelt|devolvid|refunded|reembolsad)/;

/**
 * Whether a combined row's return column says the line came back: "Returned", "Sí", "1" do;
 * "Not Returned", "No", "0" do not; anything else is unknown (null) and reported.
 */
export function matchReturnFlag(text: string): 'returned' | 'not_returned' | null {
  const folded = foldText(text);
  if (folded === '') return null;
  if (notReturned.test(folded)) return 'not_returned';
  if (returned.test(folded)) return 'returned';
  return null;
}

// A status is a short value said whole: "Refund cancelled" or "Garantía vencida" is no withdrawn
// request, and "Retirado" (picked up by the carrier) one on its way back.
const withdrawnReturn =
  /^((request |solicitud |solicitacao )?(cancel(l)?ed|cancelad[ao]|anulad[ao]|expired|expirad[ao]|vencid[ao]|caducad[ao]|withdrawn|desistid[ao])( by (the )?(customer|buyer|shopper|merchant|seller|store)| por (el )?(cliente|comprador|vendedor))?|closed without return|cerrad[ao] sin devolucion)$/;
const declinedReturn = /^((request |solicitud |solicitacao )?(rejected|declined|denied|rechazad[ao]|denegad[ao]|recusad[ao]|negad[ao]|not approved|no aprobad[ao]|nao aprovad[ao]))$/;

/**
 * What a return request's status says of it: `withdrawn` (cancelled, expired: nothing came back),
 * `rejected` (declined: a rejected return), or null, for any other (approved, received, refunded…).
 */
export function matchRequestStatus(text: string): 'withdrawn' | 'rejected' | null {
  const folded = foldText(text);
  if (withdrawnReturn.test(folded)) return 'withdrawn';
  if (declinedReturn.test(folded)) return 'rejected';
  return null;
}

// A line that charges for the delivery, a tip or a fee: no product a customer could send back.
// Said by the whole SKU or name, or by a name that opens with the charge ("Envío estándar").
const chargeLine =
  /^(envio|envios|shipping|shipment|flete|frete|delivery|delivery fee|tip|tips|propina|propinas|gorjeta|fee|fees|service fee|handling|handling fee|cargo por envio|cargo por servicio|costo de envio|gastos de envio|taxa de entrega|recargo)$|^(envio|flete|frete|costo de envio|gastos de envio|cargo por envio) |^shipping (fee|cost|charge|protection|insurance|standard|express)\b/;

// A service sold beside the products ships nothing that could come back: a shipping protection
// (Route's SKU ROUTEINS, Navidium, Seel's "Worry-Free Purchase"), gift wrap, interest or a
// commission. Said whole, maybe with the app that sells it and a price, as a Shopify line names a
// variant ("Route Package Protection - $1.95"): "Gift wrap - Kraft", "Gift box set" and "Corner
// package protection foam" are products.
const serviceNames = [
  String.raw`(\w+ )?(package|shipping|order|delivery|shipment|parcel) (protection|insurance)`,
  String.raw`(\w+ )?worry free purchase`,
  String.raw`(seguro|proteccion|protecao) (de|del|para|do|da) (envio|entrega|paquete|pedido|compra|encomenda|frete)`,
  String.raw`(add )?gift ?wrap(ping)?( service)?|(envoltorio|envoltura|empaque|embalaje) (para|de) regalo|envolver para regalo|(embrulho|embalagem) (para|de) presente`,
  String.raw`interes|intereses|juros|comision|comisiones|comissao|(costo|cargo) financiero|custo financeiro|routeins`,
];
const serviceLine = new RegExp(String.raw`^(${serviceNames.join('|')})( by \w+)?(( (us|usd|r|brl|ars|mxn|clp|cop|pen|uyu|eur|gbp|cad|aud))? \d+( \d+)*)?$`);
// a surcharge or interest for paying by card or in instalments, whatever words follow
const paymentCharge =
  /^(recargos? (por |de |del |con )?(pago|tarjeta|financ\w*|cuotas|mora)|recargos? financier[oa]|(interes|intereses|juros) (de |por |del |da |do |en |sobre )?(la |las |o |as )?(financ\w*|cuotas|parcel\w*|tarjeta|cartao|mora))\b/;

/**
 * Whether an order line's SKU or name says it charges for shipping, a tip, a fee or a service sold
 * beside the products (a shipping protection, gift wrap, interest) rather than a product.
 */
export function isChargeLine(text: string): boolean {
  const folded = foldText(text);
  return chargeLine.test(folded) || serviceLine.test(folded) || paymentCharge.test(folded);
}

// An order status is a short value said whole: "Partially cancelled", "Cancellation rejected" or
// "Delivery failed - reshipped" are sales. WooCommerce's slugs ("wc-cancelled") name them too; an
// unpaid order left to expire or a payment refused sold nothing, and a cancellation said with its
// cause ("por falta de pago", "(Refunded)") is one. "Cancelación solicitada" is no cancellation
// yet: the shop may still refuse it and ship, and a later export that says cancelled takes it out.
const cancelledOrder =
  /^((wc )?(order |pedido |orden |venta |venda |compra )?(cancel(l)?ed|cancelad[ao]|anulad[ao]|voided|void|failed|fallid[ao]|rechazad[ao]|recusad[ao]|expired|expirad[ao])( by (the )?(customer|buyer|seller|merchant|store|admin)| por (el |la )?(comprador|cliente|vendedor|tienda|administrador|mercado libre)| pel[oa] (comprador|cliente|vendedor|loja|mercado livre)| por (falta de pago|falta de pagamento|fraude|no pago)| (due to|for) (fraud|non payment|nonpayment)| refunded| reembolsad[ao])?|venta cancelada\b.*|cancelaste la venta|(payment|pago|pagamento) (failed|declined|refused|fallido|rechazado|denegado|recusado|no aprobado|nao aprovado))$/;

/** Whether an order's status says it never became a sale: "Cancelada", "Cancelled", "Voided", "Failed", "Expired". */
export function isCancelledOrderStatus(text: string): boolean {
  return cancelledOrder.test(foldText(text));
}

// "N/C" folds to "n c"; Argentine credit notes carry their letter ("NCA", "NCB"), English ones "CN"
const creditDocument = /\b(nota de credito|nota credito|credit note|credit memo|creditnote|credit|nc[abcem]?|n c|cn|ncred|abono|devolucion|devolucao|refund|reembolso|return|nota de devolucao|rectificativa)\b/;
// an invoice's letter too: "FAC", "FCA", "FCB" (Argentine invoices A and B), "FV", "FT"
const saleDocument = /\b(factura|invoice|fac|fc[abcem]?|fa|fv|ft|boleta|ticket|venta|sale|sales|nota fiscal|nf|recibo|receipt|pedido|order)\b/;

/** A ledger's document type: "Nota de crédito", "NC", "Credit note" are credits; "Factura", "Invoice" are sales. */
export function matchDocumentType(text: string): 'credit' | 'sale' | null {
  const folded = foldText(text);
  if (creditDocument.test(folded)) return 'credit';
  if (saleDocument.test(folded)) return 'sale';
  return null;
}
