import en from '../../web/src/i18n/en.json' with { type: 'json' };
import enOnDemand from '../../web/src/i18n/on-demand/en.json' with { type: 'json' };
import es from '../../web/src/i18n/es.json' with { type: 'json' };
import esOnDemand from '../../web/src/i18n/on-demand/es.json' with { type: 'json' };

/** Each language's catalogue whole: what the app holds once a page has brought its on-demand strings. */
export const catalogues = { es: { ...es, ...esOnDemand }, en: { ...en, ...enOnDemand } };

/** The two parts of each catalogue, which must not share a top-level block (the later would hide the earlier). */
export const catalogueParts = { es: [es, esOnDemand], en: [en, enOnDemand] } as const;
