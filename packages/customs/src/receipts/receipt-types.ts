/**
 * The receipt messages of the 2022-05 export standard, field by field as ceb-export-202205.xsd declares
 * them (CEB900 from spec table 3-65: it has no export XSD). One table drives both parsing and building.
 */
export interface ReceiptField {
  name: string;
  required: boolean;
  /** Exact length (xs:length), or bounds (xs:minLength / xs:maxLength), in characters. */
  length?: number;
  min?: number;
  max?: number;
  /** xs:int with totalDigits, or xs:decimal totalDigits 19 fractionDigits 5. */
  format?: 'int9' | 'int5' | 'decimal19.5';
}

const req = <N extends string>(name: N, facets: Omit<ReceiptField, 'name' | 'required'>) => ({ name, required: true as const, ...facets });
const opt = <N extends string>(name: N, facets: Omit<ReceiptField, 'name' | 'required'>) => ({ name, required: false as const, ...facets });

const code18 = { max: 18 };
const preNo = { length: 18 };

const guid = req('guid', { length: 36 });
const returned = [req('returnStatus', { min: 1, max: 10 }), req('returnTime', { length: 17 }), req('returnInfo', { max: 1000 })] as const;

export interface ReceiptSpec {
  root: string;
  entry: string;
  /** Every field of the entry (for CEB792 its head) in XSD order. */
  fields: readonly ReceiptField[];
  /** Which fields carry the status, its time and its message; CEB792 has no status field. */
  roles: { status?: string; time: string; message: string };
  /** The spec gives no XSD for CEB900, and its two known layouts order the fields differently. */
  anyOrder?: boolean;
  /** The zh/en name of the document the receipt answers. */
  answers: { zh: string; en: string };
}

const RETURN_ROLES = { status: 'returnStatus', time: 'returnTime', message: 'returnInfo' } as const;

export const RECEIPT_SPECS = {
  CEB304: {
    root: 'CEB304Message',
    entry: 'OrderReturn',
    answers: { zh: '电子订单', en: 'order' },
    roles: RETURN_ROLES,
    fields: [guid, req('ebpCode', code18), req('ebcCode', code18), req('orderNo', { max: 60 }), ...returned],
  },
  CEB604: {
    root: 'CEB604Message',
    entry: 'InventoryReturn',
    answers: { zh: '申报清单', en: 'inventory' },
    roles: RETURN_ROLES,
    fields: [
      guid,
      req('agentCode', code18),
      req('copNo', { max: 30 }),
      req('preNo', preNo),
      req('invtNo', { max: 20 }),
      req('ebcCode', code18),
      req('ebpCode', code18),
      req('orderNo', { max: 60 }),
      req('statisticsFlag', { length: 1 }),
      ...returned,
    ],
  },
  CEB606: {
    root: 'CEB606Message',
    entry: 'InvtCancelReturn',
    answers: { zh: '撤销申请单', en: 'inventory cancellation' },
    roles: RETURN_ROLES,
    fields: [guid, req('agentCode', code18), req('copNo', { max: 30 }), req('preNo', preNo), req('invtNo', { max: 20 }), ...returned],
  },
  CEB608: {
    root: 'CEB608Message',
    entry: 'WayBillReturn',
    answers: { zh: '清单总分单', en: 'master/sub waybill link' },
    roles: RETURN_ROLES,
    fields: [
      guid,
      req('agentCode', code18),
      req('logisticsCode', code18),
      req('copNo', { max: 30 }),
      req('preNo', preNo),
      req('billNo', { max: 37 }),
      req('msgSeqNo', { format: 'int9' }),
      ...returned,
    ],
  },
  CEB702: {
    root: 'CEB702Message',
    entry: 'SummaryReturn',
    answers: { zh: '汇总申请单', en: 'summary request' },
    roles: RETURN_ROLES,
    fields: [guid, req('agentCode', code18), req('ebcCode', code18), req('copNo', { max: 30 }), req('preNo', preNo), opt('sumNo', { length: 18 }), req('msgSeqNo', { format: 'int9' }), ...returned],
  },
  CEB214: {
    root: 'CEB214Message',
    entry: 'RefundReturn',
    answers: { zh: '退货申请单', en: 'return request' },
    roles: RETURN_ROLES,
    fields: [
      guid,
      opt('ebpCode', code18),
      opt('ebcCode', code18),
      req('agentCode', code18),
      req('coElNo', { max: 30 }),
      opt('preNo', { max: 18 }),
      req('invtNo', { max: 20 }),
      req('returnStatus', { max: 10 }),
      req('returnTime', { length: 17 }),
      req('returnInfo', { max: 1000 }),
    ],
  },
  CEB792: {
    root: 'CEB792Message',
    entry: 'SummaryResult',
    answers: { zh: '汇总申请单', en: 'summary request' },
    roles: { time: 'opDate', message: 'note' },
    fields: [
      guid,
      req('customsCode', { length: 4 }),
      req('sumNo', { length: 18 }),
      req('opDate', { length: 17 }),
      req('declSeqNo', { length: 18 }),
      opt('decTmpNo', { length: 18 }),
      opt('decPreNo', { length: 18 }),
      opt('entryId', { length: 18 }),
      req('decState', { min: 1, max: 3 }),
      req('agentCode', code18),
      req('agentName', { max: 100 }),
      req('ebcCode', code18),
      req('ebcName', { max: 100 }),
      req('declAgentCode', code18),
      req('declAgentName', { max: 100 }),
      req('grossWeight', { format: 'decimal19.5' }),
      req('netWeight', { format: 'decimal19.5' }),
      req('msgCount', { format: 'int9' }),
      req('msgSeqNo', { format: 'int9' }),
      opt('note', { max: 1000 }),
    ],
  },
  CEB900: {
    root: 'CEB900Message',
    entry: 'MessageReturn',
    answers: { zh: '传输报文（格式校验）', en: 'transmitted message (format check)' },
    roles: RETURN_ROLES,
    anyOrder: true,
    fields: [
      guid,
      req('returnStatus', { min: 1, max: 10 }),
      req('returnInfo', { max: 5000 }),
      req('returnTime', { min: 14, max: 50 }),
      req('oriCopMsgId', { max: 255 }),
      req('oriMessageType', { max: 15 }),
      req('oriBizMessage', {}),
    ],
  },
} as const satisfies Record<string, ReceiptSpec>;

export type ReceiptType = keyof typeof RECEIPT_SPECS;
export const RECEIPT_TYPES = Object.keys(RECEIPT_SPECS) as ReceiptType[];

/** CEB792 list lines (SummaryResultList): which inventory lines went into the summary. */
export const SUMMARY_RESULT_LINE = [
  req('invtNo', { max: 20 }),
  req('logisticsNo', { max: 32 }),
  req('gseqno', { format: 'int5' }),
  req('gnum', { format: 'int5' }),
  req('gcode', { length: 10 }),
] as const;

type Fields<F extends readonly ReceiptField[]> = { [K in F[number] as K['required'] extends true ? K['name'] : never]: string } & {
  [K in F[number] as K['required'] extends true ? never : K['name']]?: string;
};

type Roles<T extends ReceiptType> = (typeof RECEIPT_SPECS)[T]['roles'];
type RoleNames<T extends ReceiptType> = 'guid' | Extract<Roles<T>[keyof Roles<T>], string>;

/** A receipt's document numbers and other fields: every field but guid, status, time and message. */
export type ReceiptDocuments<T extends ReceiptType> = Omit<Fields<(typeof RECEIPT_SPECS)[T]['fields']>, RoleNames<T>>;
export type SummaryResultLine = Fields<typeof SUMMARY_RESULT_LINE>;
