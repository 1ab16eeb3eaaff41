import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { withCustomsNote } from './customs-notice-note.ts';
import { customsStrings } from './i18n.ts';

async function translator(language: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { en: { translation: customsStrings.en }, 'zh-CN': { translation: customsStrings['zh-CN'] } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
}

describe('the customs pipeline’s notices in the merchant’s words', () => {
  const summary = { title: '汇总申报 Summary 2026-10 SUM202611-1', copNo: 'SUM202611-1' };

  it('says a summary request was sent by its own number, not as an order', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en');
    expect(zh('notice.customs.summary.sent', summary)).toBe('汇总申请单 SUM202611-1（“汇总申报 Summary 2026-10 SUM202611-1”）已发送至单一窗口。');
    expect(en('notice.customs.summary.sent', summary)).toBe('Summary request SUM202611-1 (“汇总申报 Summary 2026-10 SUM202611-1”) was sent to the single window.');
    for (const text of [zh('notice.customs.summary.sent', summary), en('notice.customs.summary.sent', summary)]) expect(text).not.toMatch(/订单|order/i);
  });

  it('names the summary request in its receipts too, and an order in a declaration’s', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en');
    const receipt = { ...summary, type: 'CEB702', code: '120', meaningZh: '海关入库', meaningEn: 'Accepted into the customs system', message: '汇总申请入库' };
    expect(zh('notice.customs.summary.receipt', receipt)).toBe('汇总申请单 SUM202611-1 的海关回执 CEB702：120 海关入库 汇总申请入库');
    expect(en('notice.customs.summary.receipt', receipt)).toBe('Customs receipt CEB702 for summary request SUM202611-1: 120 Accepted into the customs system 汇总申请入库');
    expect(zh('notice.customs.sent', { title: '9610 亚马逊', orderNo: 'YJ01-000101' })).toBe('申报“9610 亚马逊”已发送至单一窗口（订单 YJ01-000101）。');
  });

  describe('customs’ own note, which customs writes in Chinese', () => {
    const rejection = {
      messageKey: 'notice.customs.receipt',
      params: { title: '9610 亚马逊', type: 'CEB604', code: '100', meaningZh: '退单', meaningEn: 'Rejected', message: '申报要素与商品编码不符，请核对后重新申报', orderNo: 'YJ01-000101' },
    };
    const noticeText = async (notice: typeof rejection, language: 'en' | 'zh-CN') => (await translator(language))(notice.messageKey, withCustomsNote(notice, language).params);

    it('reads in English for an English user, customs’ words kept beside it', async () => {
      expect(await noticeText(rejection, 'en')).toBe('Customs receipt CEB604: 100 Rejected (order YJ01-000101) The declaration elements do not match the HS code: check them and declare again');
      expect(withCustomsNote(rejection, 'en').original).toBe('申报要素与商品编码不符，请核对后重新申报');
    });

    it('stays as customs wrote it for a Chinese user', async () => {
      expect(await noticeText(rejection, 'zh-CN')).toBe('海关回执 CEB604：100 退单（订单 YJ01-000101）申报要素与商品编码不符，请核对后重新申报');
      expect(withCustomsNote(rejection, 'zh-CN').original).toBeUndefined();
    });

    it('is explained in English when the app does not know its wording', async () => {
      const unknown = { ...rejection, params: { ...rejection.params, message: '请补充随附单证后重新申报' } };
      expect(await noticeText(unknown, 'en')).toMatch(/^Customs receipt CEB604: 100 Rejected \(order YJ01-000101\) [^\u3400-\u9fff]+$/);
      expect(withCustomsNote(unknown, 'en').original).toBe('请补充随附单证后重新申报');
    });

    it('is only a customs notice’s', () => {
      const refusal = { messageKey: 'notice.pushRefused.schema', params: { message: '内容不符合要求' } };
      expect(withCustomsNote(refusal, 'en')).toEqual({ params: refusal.params });
    });
  });
});
