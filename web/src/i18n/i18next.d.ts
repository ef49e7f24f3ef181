import 'i18next';
import type es from './es.json';
import type onDemandEs from './on-demand/es.json';

// Spanish is the reference catalogue (with the strings its pages bring on demand): a key missing from it is a type error at the call site,
// and test/unit/web-i18n-catalogues.test.ts keeps English in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof es & typeof onDemandEs };
  }
}
