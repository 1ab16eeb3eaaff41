import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'tradewind.language';

/**
 * Each feature keeps its strings beside its screens as a bundle with both languages under its own
 * top-level key (e.g. `catalogue`), and is listed here. The type makes both languages mandatory.
 */
export interface TranslationBundle<T extends object = object> {
  'zh-CN': T;
  en: T;
}

const bundles: TranslationBundle[] = [{ 'zh-CN': zhCN, en }];

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: Object.assign({}, ...bundles.map((bundle) => bundle['zh-CN'])) },
    en: { translation: Object.assign({}, ...bundles.map((bundle) => bundle.en)) },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
