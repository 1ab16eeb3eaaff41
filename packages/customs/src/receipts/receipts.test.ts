import { describe, expect, it } from 'vitest';
import { wrap } from '../envelope/dxp-envelope.ts';
import { readSample, xmllintValidate } from '../signing/xml-tools.testing.ts';
import { buildReceipt, type ReceiptInput } from './build.ts';
import { BUSINESS_ERRORS } from './business-errors.ts';
import { parseReceipt } from './parse.ts';
import { ReceiptError, type ReceiptFailure } from './receipt.ts';
import { RECEIPT_TYPES, type ReceiptType } from './receipt-types.ts';
import { RETURN_STATUSES, statusOf } from './status-codes.ts';

const EXPORT_XSD = 'ceb-export-202205.xsd';
const MESSAGE_GUID = '0193A0B2-7C1D-7E5F-8A9B-1C2D3E4F5A6B';
const ENTRY_GUID = '4CDE1CFD-EDED-46B1-946C-B8022E42FC94';
const AT = '2026-12-01T02:03:04.567Z';
const common = { guid: ENTRY_GUID, at: AT, message: '海关退单：商品编码与申报要素不符 & <check>' };

const inputs: { [T in ReceiptType]: ReceiptInput<T> } = {
  CEB304: { ...common, status: '120', documents: { ebpCode: '4407960001', ebcCode: '91441702MA4UXXXX1A', orderNo: 'AE-8810023344' } },
  CEB604: {
    ...common,
    status: '100',
    documents: {
      agentCode: '4407960001',
      copNo: 'TW-2026-000123',
      preNo: 'B20261201000000123',
      invtNo: '68702026E000000123',
      ebcCode: '4407960001',
      ebpCode: '无',
      orderNo: 'AE-8810023344',
      statisticsFlag: 'A',
    },
  },
  CEB606: { ...common, status: '399', documents: { agentCode: '4407960001', copNo: 'TW-C-1', preNo: 'B20261201000000124', invtNo: '68702026E000000123' } },
  CEB608: {
    ...common,
    status: '120',
    documents: { agentCode: '4407960001', logisticsCode: '4407980002', copNo: 'TW-W-1', preNo: 'B20261201000000125', billNo: 'MAWB-784-1234567', msgSeqNo: '1' },
  },
  CEB702: {
    ...common,
    status: '399',
    documents: { agentCode: '4407960001', ebcCode: '4407960001', copNo: 'TW-S-1', preNo: 'B20261201000000126', sumNo: '687020261200000001', msgSeqNo: '1' },
  },
  CEB214: { ...common, status: '505', documents: { agentCode: '4407960001', coElNo: 'TW-R-1', invtNo: '68702026E000000123' } },
  CEB792: {
    ...common,
    documents: {
      customsCode: '6870',
      sumNo: '687020261200000001',
      declSeqNo: '687020261000000777',
      entryId: '687020261000000888',
      decState: '10',
      agentCode: '4407960001',
      agentName: '阳江申报行',
      ebcCode: '4407960001',
      ebcName: '阳江刀剪有限公司',
      declAgentCode: '4407960001',
      declAgentName: '阳江申报行',
      grossWeight: '12.5',
      netWeight: '11.25',
      msgCount: '1',
      msgSeqNo: '1',
    },
    lines: [
      { invtNo: '68702026E000000123', logisticsNo: 'YT1234567890', gseqno: '1', gnum: '1', gcode: '8211910000' },
      { invtNo: '68702026E000000124', logisticsNo: 'YT1234567891', gseqno: '2', gnum: '1', gcode: '8213000000' },
    ],
  },
  CEB900: {
    ...common,
    status: '-1',
    documents: { oriCopMsgId: 'TW-MSG-1', oriMessageType: 'CEB603Message', oriBizMessage: '<ceb:CEB603Message>…]]>…</ceb:CEB603Message>' },
  },
};

function failureOf(xml: string): ReceiptFailure {
  try {
    parseReceipt(xml);
  } catch (error) {
    if (error instanceof ReceiptError) return error.reason;
    throw error;
  }
  throw new Error('parseReceipt accepted it');
}

describe('the official CEB604 receipt sample', () => {
  it('parses to its type, documents, status and time', () => {
    const parsed = parseReceipt(readSample('CEB604Message.xml'));
    expect(parsed).toMatchObject({ type: 'CEB604', guid: '311af125-6fed-4603-8c5d-49b1fa4b4b9b', version: '1.0' });
    expect(parsed.receipts).toEqual([
      {
        type: 'CEB604',
        guid: '4CDE1CFD-EDED-46B1-946C-B8022E42FC94',
        documents: {
          agentCode: '1105910159',
          copNo: 'Cop20180507001',
          preNo: 'P20180507000000001',
          invtNo: 'Invt20180507000001',
          ebcCode: '1105910159',
          ebpCode: '1105910159',
          orderNo: '1105910159',
          statisticsFlag: '1',
        },
        status: { code: '2', zh: '电子口岸申报中', en: 'Being declared at the E-Port', outcome: 'pending', final: false },
        at: '2018-05-07T07:30:01.001Z',
        message: '新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]',
      },
    ]);
  });

  it('parses the same inside a DXP envelope, as the gateway delivers it', () => {
    const sample = readSample('CEB604Message.xml');
    const envelope = wrap(sample, { copMsgId: 'R-1', senderId: 'DXPEDCCEB0000002', receiverIds: ['DXPENT0000012345'], createdAt: AT });
    expect(parseReceipt(envelope)).toEqual(parseReceipt(sample));
    expect(failureOf(envelope.replace('<SenderId>', '<SenderID>'))).toBe('malformed-xml');
    expect(failureOf(envelope.replace(/<SenderId>[^<]*<\/SenderId>/, ''))).toBe('malformed-envelope');
  });
});

describe.each(RECEIPT_TYPES)('%s', (type) => {
  it('builds a receipt that parses back to what was stated', () => {
    const input = inputs[type];
    const parsed = parseReceipt(buildReceipt(type, MESSAGE_GUID, [input, { ...input, guid: MESSAGE_GUID }]));
    expect(parsed.type).toBe(type);
    expect(parsed.receipts).toHaveLength(2);
    const [first] = parsed.receipts;
    expect(first).toMatchObject({ type, guid: ENTRY_GUID, documents: input.documents, at: AT, message: input.message });
    if ('status' in input) expect(first!.status).toEqual(statusOf(input.status, type));
    if ('lines' in input) expect(first).toMatchObject({ lines: input.lines });
  });
});

/** CEB900 is described only in spec table 3-65: the export XSD has no element for it. */
it.each(RECEIPT_TYPES.filter((t) => t !== 'CEB900'))('%s: a built receipt passes the official export XSD (xmllint)', (type) => {
  expect(xmllintValidate(buildReceipt(type, MESSAGE_GUID, [inputs[type]]), EXPORT_XSD).output).toContain('validates');
});

describe('status codes', () => {
  it('hold the whole 2022-05 returnStatus table with zh-CN and en meanings', () => {
    expect(
      Object.keys(RETURN_STATUSES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 100, 120, 300, 399, 500, 505, 600, 800, 899]);
    expect(statusOf('800', 'CEB604')).toMatchObject({ zh: '放行', en: 'Released', outcome: 'pending', final: false });
    expect(statusOf('899', 'CEB604')).toMatchObject({ zh: '结关', outcome: 'done', final: true });
    expect(statusOf('800', 'CEB214')).toMatchObject({ outcome: 'done', final: true });
    expect(statusOf('100', 'CEB604')).toMatchObject({ zh: '海关退单', outcome: 'rejected', final: true });
    expect(statusOf('4', 'CEB304')).toMatchObject({ outcome: 'error', final: true });
  });

  it('know every negative business error of spec §7 table 7-2, and name any other negative code as a processing error', () => {
    expect(BUSINESS_ERRORS.length).toBeGreaterThan(150);
    expect(new Set(BUSINESS_ERRORS.map(([code]) => code)).size).toBe(BUSINESS_ERRORS.length);
    expect(statusOf('-301010', 'CEB304')).toEqual({
      code: '-301010',
      zh: '已存在相同编号的订单',
      en: 'An order with the same number already exists',
      outcome: 'error',
      final: true,
    });
    expect(statusOf('-10102', 'CEB604')).toMatchObject({ zh: '无效企业代码', en: 'Invalid enterprise code' });
    expect(statusOf('-999', 'CEB604')).toMatchObject({ zh: '处理异常（代码 -999）', outcome: 'error' });
    expect(statusOf('777', 'CEB604')).toBeUndefined();
  });
});

describe('malformed and unknown receipts give a typed error, never a partial result', () => {
  const good = buildReceipt('CEB604', MESSAGE_GUID, [inputs.CEB604, inputs.CEB604]);
  const cases: Array<[string, string, ReceiptFailure, boolean]> = [
    ['not XML', '<ceb:CEB604Message', 'malformed-xml', false],
    ['a declaration, not a receipt', readSample('CEB603Message.trimmed.xml'), 'unknown-receipt', true],
    ['an unknown status in the second entry', good.replace(/(<ceb:returnStatus>)100(<\/ceb:returnStatus>)(?![\s\S]*<ceb:returnStatus>100)/, '$1777$2'), 'unknown-status', true],
    ['a missing invtNo', good.replace(/<ceb:invtNo>[^<]*<\/ceb:invtNo>/, ''), 'missing-field', false],
    ['preNo of 17 characters', good.replace('B20261201000000123', 'B2026120100000012'), 'invalid-field', false],
    ['fields out of order', good.replace(/(<ceb:copNo>[^<]*<\/ceb:copNo>)(<ceb:preNo>[^<]*<\/ceb:preNo>)/, '$2$1'), 'missing-field', false],
    ['an extra field', good.replace('<ceb:returnInfo>', '<ceb:extra>1</ceb:extra><ceb:returnInfo>'), 'unexpected-field', false],
    ['a returnTime that is no time', good.replace(/<ceb:returnTime>\d+</, '<ceb:returnTime>20261301101010101<'), 'invalid-field', true],
    ['no entries', good.replace(/<ceb:InventoryReturn>[\s\S]*<\/ceb:InventoryReturn>/, ''), 'wrong-entry-count', false],
    ['a short message guid', good.replace(MESSAGE_GUID, 'ABC'), 'invalid-field', false],
  ];

  it.each(cases)('%s', (_name, xml, reason, xsdAllowsIt) => {
    expect(failureOf(xml)).toBe(reason);
    if (reason !== 'unknown-receipt') expect(xmllintValidate(xml, EXPORT_XSD).ok).toBe(xsdAllowsIt);
  });

  it('more than 100 receipts in one message', () => {
    const entry = good.match(/<ceb:InventoryReturn>[\s\S]*?<\/ceb:InventoryReturn>/)![0];
    const many = good.replace(entry, entry.repeat(100));
    expect(failureOf(many)).toBe('wrong-entry-count');
  });
});

describe('buildReceipt refuses what the XSD or the status table would refuse', () => {
  const refusal = (fn: () => string) => {
    try {
      fn();
      return 'built';
    } catch (error) {
      return error instanceof ReceiptError ? `${error.reason}:${error.at.field}` : String(error);
    }
  };

  it('an unknown status, an over-long field, a bad time', () => {
    expect(refusal(() => buildReceipt('CEB604', MESSAGE_GUID, [{ ...inputs.CEB604, status: '777' }]))).toBe('invalid-input:returnStatus');
    expect(refusal(() => buildReceipt('CEB304', MESSAGE_GUID, [{ ...inputs.CEB304, documents: { ...inputs.CEB304.documents, orderNo: 'x'.repeat(61) } }]))).toBe('invalid-input:orderNo');
    expect(refusal(() => buildReceipt('CEB606', MESSAGE_GUID, [{ ...inputs.CEB606, at: 'soon' }]))).toBe('invalid-input:returnTime');
    expect(refusal(() => buildReceipt('CEB792', MESSAGE_GUID, [{ ...inputs.CEB792, documents: { ...inputs.CEB792.documents, grossWeight: '1.123456' } }]))).toBe('invalid-input:grossWeight');
  });
});
