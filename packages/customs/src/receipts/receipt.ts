import type { ReceiptDocuments, ReceiptType, SummaryResultLine } from './receipt-types.ts';
import type { ReceiptStatus } from './status-codes.ts';

interface ReceiptBase<T extends ReceiptType> {
  type: T;
  /** The entry's own guid (the E-Port's, upper case), not the message's. */
  guid: string;
  documents: ReceiptDocuments<T>;
  status: ReceiptStatus;
  /** ISO-8601 instant of the receipt (returnTime, or opDate for CEB792). */
  at: string;
  /** returnInfo (CEB792: note), e.g. the reason for a rejection. */
  message: string;
}

export type ReceiptOf<T extends ReceiptType> = ReceiptBase<T> & (T extends 'CEB792' ? { lines: SummaryResultLine[] } : unknown);

export type Receipt = { [T in ReceiptType]: ReceiptOf<T> }[ReceiptType];

/** One receipt message: up to 100 receipts of one type. */
export interface ReceiptMessage {
  type: ReceiptType;
  guid: string;
  version: string;
  receipts: Receipt[];
}

export type ReceiptFailure =
  'malformed-xml' | 'malformed-envelope' | 'unknown-receipt' | 'wrong-entry-count' | 'missing-field' | 'unexpected-field' | 'invalid-field' | 'unknown-status' | 'invalid-input';

export class ReceiptError extends Error {
  override readonly name = 'ReceiptError';
  constructor(
    readonly reason: ReceiptFailure,
    message: string,
    /** Where: the 1-based entry and the field, when the problem is in one. */
    readonly at: { entry?: number; field?: string } = {},
  ) {
    super(at.entry ? `receipt ${at.entry}: ${message}` : message);
  }
}
