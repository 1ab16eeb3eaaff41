import type { FilingReceipt } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { customsStatusView, orderCustomsStatus, receiptsOfOrder, rejectionOf, resendWaiting } from './customs-status.ts';

const receipt = (type: string, code: string, orderNo: string, message = ''): FilingReceipt => ({
  type,
  code,
  at: '2026-12-01T08:00:00.000Z',
  message,
  documents: type === 'CEB304' ? { orderNo } : { copNo: orderNo, orderNo },
});

describe('customs status in words', () => {
  it('gives each spec code its meaning and how it stands', () => {
    expect(customsStatusView('800')).toEqual({ code: '800', meaning: { 'zh-CN': '放行', en: 'Released' }, tone: 'done' });
    expect(customsStatusView('120')).toMatchObject({ meaning: { 'zh-CN': '海关入库' }, tone: 'pending' });
    expect(customsStatusView('100')).toMatchObject({ meaning: { 'zh-CN': '海关退单' }, tone: 'rejected' });
    expect(customsStatusView('-621004').tone).toBe('rejected');
    expect(customsStatusView('-621004').meaning?.['zh-CN']).toBeTruthy();
    expect(customsStatusView('none')).toEqual({ code: 'none', tone: 'waiting' });
    expect(customsStatusView('failed')).toEqual({ code: 'failed', tone: 'rejected' });
  });
});

describe('an order’s declaration inside a filing', () => {
  const filing = {
    customsStatus: '120' as const,
    receipts: [receipt('CEB304', '120', 'YJ01-000101'), receipt('CEB604', '2', 'YJ01-000101'), receipt('CEB304', '120', 'YJ01-000102'), receipt('CEB604', '120', 'YJ01-000101')],
  };

  it('takes the latest inventory receipt once one came, else the order receipt', () => {
    expect(orderCustomsStatus(filing, 'YJ01-000101')).toBe('120');
    expect(orderCustomsStatus({ ...filing, receipts: [...filing.receipts, receipt('CEB304', '399', 'YJ01-000101')] }, 'YJ01-000101')).toBe('120');
    expect(orderCustomsStatus(filing, 'YJ01-000102')).toBe('120');
    expect(receiptsOfOrder(filing, 'YJ01-000101').map((entry) => entry.code)).toEqual(['120', '2', '120']);
  });

  it('is the filing’s own word while customs has said nothing about the order', () => {
    expect(orderCustomsStatus({ customsStatus: 'none', receipts: [] }, 'YJ01-000103')).toBe('none');
    expect(orderCustomsStatus(filing, 'YJ01-000103')).toBe('sent');
  });

  it('finds the receipt that rejected the filing, with customs’ reason', () => {
    const rejected = { customsStatus: '100' as const, receipts: [...filing.receipts, receipt('CEB604', '100', 'YJ01-000101', '申报要素与商品编码不符')] };
    expect(rejectionOf(rejected)?.message).toBe('申报要素与商品编码不符');
    expect(rejectionOf(filing)).toBeUndefined();
    expect(rejectionOf({ customsStatus: 'failed', receipts: [] })).toBeUndefined();
  });

  it('knows a resend the platform has not sent yet, so it is not fixed and resent twice', () => {
    const message = (revision: number) => ({ type: 'CEB603', guid: `G${revision}`, copNo: 'YJ01-000101', orderNo: 'YJ01-000101', appType: '1' as const, revision, sentAt: '2026-12-01T08:00:00.000Z' });
    expect(resendWaiting({ customsStatus: '100', revision: 1, messages: [message(1)] })).toBe(false);
    expect(resendWaiting({ customsStatus: '100', revision: 2, messages: [message(1)] })).toBe(true);
    expect(resendWaiting({ customsStatus: '100', revision: 2, messages: [message(1), message(2)] })).toBe(false);
    expect(resendWaiting({ customsStatus: 'failed', revision: 2, messages: [] })).toBe(false);
  });
});
