import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { refusalStrings } from './refusals.ts';
import { refusedContentLines } from './refused-content.ts';
import { refusalSentence } from './refusal-text.ts';
import { security } from './security.ts';
import { zhCN } from './zh-CN.ts';

async function translator(language: 'en' | 'zh-CN') {
  const i18n = createInstance();
  const bundle = (base: object, lang: 'en' | 'zh-CN') => ({
    ...base,
    ...(security[lang] as object),
    notice: (refusalStrings[lang] as { notice: object }).notice,
    filings: (security[lang] as { filings: object }).filings,
  });
  await i18n.init({ lng: language, resources: { en: { translation: bundle(en, 'en') }, 'zh-CN': { translation: bundle(zhCN, 'zh-CN') } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
}

describe('refusedContentLines', () => {
  it('shows the refused product as labelled lines with the price formatted, not a JSON dump', () => {
    const content = { id: '019a', updatedAt: '2026-11-20T08:00:00Z', _deleted: false, name: '厨师刀', price: { amount: 650, currency: 'USD' }, variants: [{ sku: 'A' }, { sku: 'B' }], brand: '' };
    expect(refusedContentLines(content, 'products', 'en', (count) => `${count} items`)).toEqual([
      { label: 'product name', value: '厨师刀' },
      { label: 'base price', value: '$6.50' },
      { label: 'variants', value: '2 items' },
    ]);
  });
});

describe('refusalSentence', () => {
  it('names the field a staff account may not change by its label, never its key', async () => {
    const refusal = { reason: 'staff_forbidden_field', detail: 'price' } as const;
    expect(refusalSentence(await translator('zh-CN'), 'zh-CN', refusal, 'products')).toBe('平台退回了一项 商品 更改：员工账号不能修改 基础价格。');
    expect(refusalSentence(await translator('en'), 'en', refusal, 'products')).toBe('The platform refused a change to Products: staff accounts may not change base price.');
  });

  it('reads a nested path by its label and a status change in status words', async () => {
    const t = await translator('en');
    expect(refusalSentence(t, 'en', { reason: 'staff_forbidden_field', detail: 'variants.price' }, 'products')).toContain('may not change variant prices');
    expect(refusalSentence(t, 'en', { reason: 'illegal_transition', detail: 'draft → withdrawn' }, 'filings')).toContain('(Draft → Withdrawn)');
  });

  it('keeps details that are not field names, such as a size', async () => {
    expect(refusalSentence(await translator('en'), 'en', { reason: 'too_large', detail: '600000 > 524288 bytes' }, 'products')).toContain('(600000 > 524288 bytes)');
  });
});
