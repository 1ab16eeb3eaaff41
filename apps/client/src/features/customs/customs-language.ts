import type { CustomsLanguage } from '@tradewind/customs';

/** The customs texts' language for the interface language (they exist in zh-CN and en, as the app does). */
export const customsLanguage = (language: string): CustomsLanguage => (language === 'en' ? 'en' : 'zh-CN');
