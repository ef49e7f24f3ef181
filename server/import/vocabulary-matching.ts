import type { Disposition, Reason, Resolution } from '../domain/returns-vocabulary.ts';

/** Lower case, no accents, punctuation folded to single spaces: "Talle pequeño!" → "talle pequeno". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Rule<Code> = [pattern: RegExp, code: Code];

// Ordered: the first rule whose pattern is found in the folded text wins, so specific phrases
// ("caja rota" is transit damage, not a defect) come before general words.
const reasonRules: Rule<Reason>[] = [
  [/\b(talle|talla|tamanho|size|numero)\b.*\b(pequen|chic|small|pequen|apertad|ajustad)|\b(too small|runs small|queda chic|queda pequen|ficou pequen|muy chic)/, 'size_too_small'],
  [/\b(talle|talla|tamanho|size|numero)\b.*\b(grande|large|big|holgad)|\b(too (large|big)|runs (large|big)|queda grande|ficou grande)/, 'size_too_large'],
  [/\b(dan|roto|rota|rotos|broken|damaged|avariad|quebrad|golpead|aplastad)/, 'damaged_in_transit'],
  [/\b(otro producto|producto equivocado|equivocad|wrong|incorrect|errad|diferente al pedido|no es lo que ped)/, 'wrong_item'],
  [/\b(tarde|late|demor|atras|delay)/, 'late_delivery'],
  [/\b(defect|fallad|falla|no funciona|doesn t work|not working|quality|calidad|defeito|estragad)/, 'defective'],
  [/\b(foto|descrip|not as described|como se describe|no coincide|diferente|different|imagem|photo|picture|color)/, 'not_as_described'],
  [/\b(precio|price|preco|barato|cheaper)/, 'better_price'],
  [/\b(arrepent|cambie de opinion|changed my mind|changed mind|ya no lo quiero|no lo necesito|no longer|desisti|mudei de ideia|no me gusto|didn t like)/, 'changed_mind'],
];

const resolutionRules: Rule<Resolution>[] = [
  [/\b(rechaz|reject|deneg|denied|recusad|negad)/, 'rejected'],
  [/\b(pendiente|pending|en proceso|open|abiert|pendente|in progress)/, 'pending'],
  [/\b(cambio|exchange|troca|reemplazo|replacement|swap)/, 'exchange'],
  [/\b(credito|credit|gift ?card|vale|cupon|coupon|voucher|saldo)/, 'store_credit'],
  [/\b(reembols|refund|devolucion del dinero|reintegro|estorno|money back|devolvido)/, 'refund'],
];

const dispositionRules: Rule<Disposition>[] = [
  [/\b(reingreso|restock|stock|estoque|back to inventory)/, 'restock'],
  [/\b(reacondicion|refurb|repar|recondicion)/, 'refurbish'],
  [/\b(outlet|resell|reventa|segunda|second hand|revenda)/, 'resell'],
  [/\b(liquid)/, 'liquidate'],
  [/\b(recicl|recycl)/, 'recycle'],
  [/\b(descart|dispos|destru|scrap|basura|lixo)/, 'dispose'],
  [/\b(proveedor|vendor|supplier|fornecedor|rtv)/, 'return_to_vendor'],
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

const reasonCodes = reasonRules.map(([, c]) => c).concat('other');
const resolutionCodes = resolutionRules.map(([, c]) => c);
const dispositionCodes = dispositionRules.map(([, c]) => c);

/** A reason text nobody anticipated is still a return: it counts as `other`, its text kept. */
export function matchReason(text: string | null): Reason {
  return (text && matcher(reasonRules, reasonCodes)(text)) || 'other';
}

export const matchResolution = matcher(resolutionRules, resolutionCodes);
export const matchDisposition = matcher(dispositionRules, dispositionCodes);
