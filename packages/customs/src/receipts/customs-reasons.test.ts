import { describe, expect, it } from 'vitest';
import { customsNote } from './customs-reasons.ts';
import { statusOf } from './status-codes.ts';

const receipt = (code: string, message: string) => {
  const status = statusOf(code, 'CEB604')!;
  return { code, message, meaning: { 'zh-CN': status.zh, en: status.en } };
};

describe('customs’ note in the merchant’s language', () => {
  it('shows customs’ Chinese verbatim in Chinese', () => {
    expect(customsNote(receipt('100', '申报要素与商品编码不符，请核对后重新申报'), 'zh-CN')).toEqual({ text: '申报要素与商品编码不符，请核对后重新申报', translated: true });
    expect(customsNote(receipt('-621001', '清单报文校验失败，第1项法定计量单位035与商品编码8211910000的011不符'), 'zh-CN')!.text).toBe(
      '清单报文校验失败，第1项法定计量单位035与商品编码8211910000的011不符',
    );
  });

  it('translates a known reason into English and keeps customs’ words beside it', () => {
    expect(customsNote(receipt('100', '申报要素与商品编码不符，请核对后重新申报'), 'en')).toEqual({
      text: 'The declaration elements do not match the HS code: check them and declare again',
      original: '申报要素与商品编码不符，请核对后重新申报',
      translated: true,
    });
    expect(customsNote(receipt('100', '清单44179626I000000123为简化申报（A），不能汇总'), 'en')!.text).toBe('Inventory 44179626I000000123 is a simplified declaration (A) and cannot go in a summary');
    expect(customsNote(receipt('100', '清单44179626I000000123已在汇总申请单SUM202611-1中汇总'), 'en')!.text).toBe('Inventory 44179626I000000123 is already in summary request SUM202611-1');
  });

  it('fills a spec §7 text from the code with what customs put in, translating its Chinese parts', () => {
    expect(customsNote(receipt('-621001', '清单报文校验失败，第1项法定计量单位035与商品编码8211910000的011不符'), 'en')!.text).toBe(
      'Inventory message check failed: line 1: legal unit 035 is not 011, the legal unit of HS code 8211910000',
    );
    expect(customsNote(receipt('-10102', '无效企业代码 4417960B2C'), 'en')!.text).toBe('Invalid enterprise code: 4417960B2C');
    expect(customsNote(receipt('-621004', '清单YJ01-000101已经申报过，请勿重复申报'), 'en')!.text).toBe('Inventory YJ01-000101 was already declared: do not declare it twice');
    expect(customsNote(receipt('-623003', '系统中不存在清单编号为44179626I000000123的已放行清单！'), 'en')!.text).toBe('There is no released inventory numbered 44179626I000000123');
  });

  it('explains, never a bare code, when customs’ Chinese is not a note it knows', () => {
    const note = customsNote(receipt('100', '请补充随附单证后重新申报'), 'en')!;
    expect(note).toMatchObject({ original: '请补充随附单证后重新申报', translated: false });
    expect(note.text).toMatch(/^Rejected by customs\. Customs wrote its note in Chinese/);
    expect(note.text).not.toMatch(/\b100\b/);
  });

  it('has nothing to add when customs wrote no note, and passes a Latin note through', () => {
    expect(customsNote(receipt('2', ''), 'en')).toBeUndefined();
    expect(customsNote(receipt('100', 'HS code mismatch'), 'en')).toEqual({ text: 'HS code mismatch', translated: true });
  });
});
