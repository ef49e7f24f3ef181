import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
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

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  initAsync: false,
  interpolation: { escapeValue: false },
});

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
