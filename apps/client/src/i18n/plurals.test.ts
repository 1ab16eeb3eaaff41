import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogueStrings } from '../features/catalogue/i18n.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

const catalogueSection = (language: 'en' | 'zh-CN') => (catalogueStrings[language] as { catalogue: object }).catalogue;

async function translator(language: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { translation: { ...en, catalogue: catalogueSection('en') } }, 'zh-CN': { translation: { ...zhCN, catalogue: catalogueSection('zh-CN') } } },
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n);
}

describe('counted texts', () => {
  it('read as singular for one and plural for more in English', async () => {
    const t = await translator('en');
    expect(t('sync.conflicts', { count: 1 })).toBe('1 conflict to review');
    expect(t('sync.conflicts', { count: 3 })).toBe('3 conflicts to review');
    expect(t('sync.pending', { count: 1 })).toBe('1 local change waiting to sync');
    expect(t('catalogue.import.done', { count: 1 })).toBe('1 record written; it syncs when online');
    expect(t('catalogue.import.listingsSkipped', { count: 2 })).toBe('2 listings not imported (see the rules)');
  });

  it('have their one Chinese form for any count', async () => {
    const t = await translator('zh-CN');
    expect(t('sync.conflicts', { count: 1 })).toBe('1 个冲突待查看');
    expect(t('sync.conflicts', { count: 5 })).toBe('5 个冲突待查看');
  });
});
