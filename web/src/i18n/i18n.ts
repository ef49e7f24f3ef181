import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from './es.json';

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

/** Switches the interface language, fetching its catalogue first when needed. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadCatalogue(language);
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
