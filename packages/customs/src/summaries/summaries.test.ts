import type { FilingMessage, FilingReceipt } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { releasedInventories } from './released-inventories.ts';
import { summaryPeriodOf, summaryPeriodStart } from './summary-period.ts';

const message = (copNo: string, revision = 2): FilingMessage => ({ type: 'CEB603', guid: `G-${copNo}-${revision}`, copNo, orderNo: copNo, appType: '2', revision, sentAt: '2026-10-01T00:00:00.000Z' });
const receipt = (type: string, code: string, at: string, documents: Record<string, string>): FilingReceipt => ({ type, code, at, message: '', documents });

describe('released inventories of a filing', () => {
  it('are the current revision’s inventories with an 800, once each, dated by their first release, less those a CEB605 took back and those of an older revision', () => {
    const filing = {
      revision: 2,
      messages: [message('YJ-1', 1), message('YJ-1'), message('YJ-2'), message('YJ-3'), message('YJ-4', 1)],
      receipts: [
        receipt('CEB604', '399', '2026-10-05T01:00:00.000Z', { copNo: 'YJ-1', invtNo: 'I-1' }),
        receipt('CEB604', '800', '2026-10-05T02:00:00.000Z', { copNo: 'YJ-1', invtNo: 'I-1' }),
        receipt('CEB604', '899', '2026-10-05T04:00:00.000Z', { copNo: 'YJ-1', invtNo: 'I-1' }),
        receipt('CEB604', '800', '2026-10-06T02:00:00.000Z', { copNo: 'YJ-2', invtNo: 'I-2' }),
        receipt('CEB606', '399', '2026-10-07T02:00:00.000Z', { copNo: 'YJ-2-C', invtNo: 'I-2' }),
        receipt('CEB604', '800', '2026-09-30T02:00:00.000Z', { copNo: 'YJ-4', invtNo: 'I-4' }),
        receipt('CEB604', '500', '2026-10-06T02:00:00.000Z', { copNo: 'YJ-3', invtNo: 'I-3' }),
      ],
    };
    expect(releasedInventories(filing)).toEqual([{ copNo: 'YJ-1', invtNo: 'I-1', releasedAt: '2026-10-05T02:00:00.000Z' }]);
  });
});

describe('summary periods', () => {
  it('are the month after the release in Beijing time, starting at its midnight there', () => {
    expect(summaryPeriodOf('2026-10-31T15:59:59.000Z')).toBe('2026-11');
    expect(summaryPeriodOf('2026-10-31T16:00:00.000Z')).toBe('2026-12');
    expect(summaryPeriodOf('2026-12-15T00:00:00.000Z')).toBe('2027-01');
    expect(summaryPeriodStart('2026-11').toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(() => summaryPeriodStart('2026-13')).toThrow(RangeError);
  });
});
