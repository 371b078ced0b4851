// i18next set-up: ja and en catalogues, language remembered in localStorage (banso.lang),
// first default from navigator.language (ja → ja, anything else → en).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'banso.lang';

export function detectLanguage(
  stored: string | null,
  navigatorLanguage: string | undefined,
): Language {
  if (stored === 'ja' || stored === 'en') return stored;
  return navigatorLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18next.changeLanguage(lang);
}

const initial = detectLanguage(
  storedLanguage(),
  typeof navigator === 'undefined' ? undefined : navigator.language,
);

void i18next.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

function syncDocumentLanguage(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
syncDocumentLanguage(initial);
i18next.on('languageChanged', syncDocumentLanguage);

export default i18next;
