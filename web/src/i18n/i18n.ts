import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from './es.json';
import type onDemandEs from './on-demand/es.json';

/** The interface languages and the Intl locale each one formats numbers and dates with. */
export const languages = {
  es: { intlLocale: 'es-AR', name: 'Español' },
  en: { intlLocale: 'en-US', name: 'English' },
} as const;

export type Language = keyof typeof languages;

const defaultLanguage: Language = 'es';
const storageKey = 'inversa.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && value in languages;
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be blocked (private modes, strict settings); the default is fine then.
    return defaultLanguage;
  }
}

export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : defaultLanguage;
}

export function intlLocaleOf(language: string): string {
  return languages[currentLanguage(language)].intlLocale;
}

// Spanish, the default and the fallback, ships with the app; English is fetched the first time
// it is chosen, so a Spanish reader does not download it.
const catalogueLoaders: Record<Exclude<Language, 'es'>, () => Promise<typeof es>> = {
  en: () => import('./en.json').then((module) => module.default as typeof es),
};

async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'es' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await catalogueLoaders[language]());
}

// The strings of the pages a first visit does not show (importing, customers, the monthly review,
// the forecast, the policy simulator) come with those pages, in each language: the first page
// then loads a third less of its catalogue (on-demand/*.json).
const onDemandLoaders: Record<Language, () => Promise<typeof onDemandEs>> = {
  es: () => import('./on-demand/es.json').then((module) => module.default),
  en: () => import('./on-demand/en.json').then((module) => module.default as typeof onDemandEs),
};
const onDemandLoaded = new Set<Language>();
let onDemandWanted = false;

async function loadOnDemandStrings(language: Language): Promise<void> {
  if (!onDemandWanted || onDemandLoaded.has(language)) return;
  i18n.addResourceBundle(language, 'translation', await onDemandLoaders[language](), true, true);
  onDemandLoaded.add(language);
}

/** Brings in the on-demand strings, in the language shown and in any chosen later: a page that needs them awaits this. */
export async function onDemandStringsReady(): Promise<void> {
  onDemandWanted = true;
  await loadOnDemandStrings(currentLanguage(i18n.language));
}

/** A module whose strings come on demand: its code and its strings arrive together. */
export const withOnDemandStrings = <Module>(module: Promise<Module>) => Promise.all([module, onDemandStringsReady()]).then(([loaded]) => loaded);

/** Switches the interface language, fetching its catalogue first when needed. */
export async function switchLanguage(language: Language): Promise<void> {
  await Promise.all([loadCatalogue(language), loadOnDemandStrings(language)]);
  await i18n.changeLanguage(language);
}

const initialLanguage = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es } },
  lng: 'es',
  fallbackLng: defaultLanguage,
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Resolves once the stored language's catalogue is in: the app renders after it, never in the wrong language first. */
export const i18nReady: Promise<void> = switchLanguage(initialLanguage).catch(() => undefined);

document.documentElement.lang = i18n.language;

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not persisting is acceptable: the choice still holds for this visit.
  }
});

export { i18n };
