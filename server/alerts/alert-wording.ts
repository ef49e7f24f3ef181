// An alert in one sentence, in Spanish and in English, with its figures formatted through Intl as
// the web app formats them (es-AR, en-US): the inbox shows the reader's language, a message goes
// out in Spanish, the app's first language. Reason names are the cause finder's (the web's own).
import { reasonLabels, type Language } from '../causes/cause-wording.ts';
import type { AlertFigures } from './rule-evaluators.ts';

const locales: Record<Language, string> = { es: 'es-AR', en: 'en-US' };

const percent = (language: Language, value: number | null) =>
  value === null ? '—' : new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (language: Language, value: number | null, digits = 1) =>
  value === null ? '—' : new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value);

const stageLabels: Record<Language, Record<string, string>> = {
  es: { requestToReceived: 'solicitud → recepción', receivedToResolved: 'recepción → resolución', requestToResolved: 'solicitud → resolución' },
  en: { requestToReceived: 'request → received', receivedToResolved: 'received → resolved', requestToResolved: 'request → resolved' },
};

/** What the alert is about: its segment's values, or the whole shop. */
export function segmentLabel(figures: Pick<AlertFigures, 'segment' | 'detail'>, language: Language): string {
  if (typeof figures.detail.label === 'string') return figures.detail.label;
  const values = Object.values(figures.segment);
  return values.length > 0 ? values.join(' × ') : language === 'es' ? 'Toda la tienda' : 'Whole shop';
}

export function alertSentence(f: AlertFigures, language: Language): string {
  const es = language === 'es';
  const label = segmentLabel(f, language);
  const reason = f.reason ? reasonLabels[language][f.reason] ?? f.reason : '';
  const pct = (v: number | null) => percent(language, v);
  const span = `${f.period.from} – ${f.period.to}`;
  switch (f.measure) {
    case 'returnRate':
      return es
        ? `${label}: tasa de devolución ${pct(f.value)} sin contar las pendientes, sobre el umbral de ${pct(f.threshold)} (${number(language, f.n, 0)} unidades vendidas, ${span})`
        : `${label}: return rate ${pct(f.value)} leaving out those still pending, above the ${pct(f.threshold)} threshold (${number(language, f.n, 0)} units sold, ${span})`;
    case 'reasonRate':
      return es
        ? `${label}: devoluciones por ${reason}, ${pct(f.value)} de las unidades vendidas sin contar las pendientes, sobre el umbral de ${pct(f.threshold)} (${number(language, f.n, 0)} vendidas, ${span})`
        : `${label}: ${reason} returns at ${pct(f.value)} of units sold leaving out those still pending, above the ${pct(f.threshold)} threshold (${number(language, f.n, 0)} sold, ${span})`;
    case 'reasonShare':
      return es
        ? `${label}: ${reason} es el ${pct(f.value)} de las devoluciones, sobre el umbral de ${pct(f.threshold)} (${number(language, f.n, 0)} unidades devueltas, ${span})`
        : `${label}: ${reason} is ${pct(f.value)} of returns, above the ${pct(f.threshold)} threshold (${number(language, f.n, 0)} units returned, ${span})`;
    case 'aboveBaseline':
    case 'newFinding': {
      const lift = typeof f.detail.lift === 'number' ? number(language, f.detail.lift, 2) : '∞';
      const what = f.reason ? (es ? ` por ${reason}` : ` for ${reason}`) : '';
      const lead = f.measure === 'newFinding' ? (es ? 'Causa nueva: ' : 'New cause: ') : '';
      if (f.value === null) return es ? `${lead}${label} ya no está sobre su base` : `${lead}${label} is no longer above its baseline`;
      return es
        ? `${lead}${label} se devuelve${what} ${lift}× su base (${pct(f.value)} contra ${pct(f.baseline)}, ${number(language, f.n, 0)} unidades vendidas, ${span})`
        : `${lead}${label} returns${what} at ${lift}× its baseline (${pct(f.value)} against ${pct(f.baseline)}, ${number(language, f.n, 0)} units sold, ${span})`;
    }
    case 'openPastSla':
      return es
        ? `${label}: ${number(language, f.value, 0)} devoluciones abiertas llevan más de ${number(language, Number(f.detail.slaDays))} días desde su recepción (el máximo es ${number(language, f.threshold, 0)}); sus filas listan todas las abiertas, esas ${number(language, f.value, 0)} primero`
        : `${label}: ${number(language, f.value, 0)} open returns have waited more than ${number(language, Number(f.detail.slaDays))} days since received (the limit is ${number(language, f.threshold, 0)}); its rows list every open return, those ${number(language, f.value, 0)} first`;
    case 'cycleP90':
      return es
        ? `${label}: el p90 de ${stageLabels.es[String(f.detail.stage)]} es ${number(language, f.value)} días, sobre ${number(language, f.threshold)} (${number(language, f.n, 0)} devoluciones, ${span})`
        : `${label}: p90 of ${stageLabels.en[String(f.detail.stage)]} is ${number(language, f.value)} days, above ${number(language, f.threshold)} (${number(language, f.n, 0)} returns, ${span})`;
    case 'nowcastRate':
      return es
        ? `${label}: se espera que ${f.period.from.slice(0, 7)} cierre con ${pct(f.value)} de devolución (80 %: ${pct(f.detail.low as number | null)}–${pct(f.detail.high as number | null)}), sobre el umbral de ${pct(f.threshold)} (${number(language, f.n, 0)} unidades vendidas)`
        : `${label}: ${f.period.from.slice(0, 7)} is expected to close at a ${pct(f.value)} return rate (80 %: ${pct(f.detail.low as number | null)}–${pct(f.detail.high as number | null)}), above the ${pct(f.threshold)} threshold (${number(language, f.n, 0)} units sold)`;
  }
}
