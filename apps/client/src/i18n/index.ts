import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogueStrings } from '../features/catalogue/i18n.ts';
import { customsStrings } from '../features/customs/i18n.ts';
import { fairStrings } from '../features/fair/i18n.ts';
import { orderDeskStrings } from '../features/orders/i18n.ts';
import { proformaEmailStrings } from '../features/orders/proforma-email-i18n.ts';
import { parkStrings } from '../features/park/i18n.ts';
import { profileStrings } from '../features/profile/i18n.ts';
import { warehouseStrings } from '../features/warehouse/i18n.ts';
import { en } from './en.ts';
import { refusalStrings } from './refusals.ts';
import { security } from './security.ts';
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

/** A text for every reason of a union the domain lists, in both languages: a reason without its zh-CN or en text does not compile. */
export type ReasonTexts<Reason extends string> = TranslationBundle<Record<Reason, string>>;

const bundles: TranslationBundle[] = [
  { 'zh-CN': zhCN, en },
  security,
  refusalStrings,
  fairStrings,
  orderDeskStrings,
  proformaEmailStrings,
  catalogueStrings,
  customsStrings,
  warehouseStrings,
  profileStrings,
  parkStrings,
];

/** Bundles may add keys inside a shared section (e.g. `notice.pushRefused`), so merge deeply. */
function merge(target: Record<string, unknown>, source: object): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = typeof value === 'object' && typeof existing === 'object' && existing !== null ? merge({ ...(existing as object) } as Record<string, unknown>, value as object) : value;
  }
  return target;
}

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: bundles.reduce((all, bundle) => merge(all, bundle['zh-CN']), {}) },
    en: { translation: bundles.reduce((all, bundle) => merge(all, bundle.en), {}) },
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
