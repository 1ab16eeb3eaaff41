export { parseReceipt } from './parse.ts';
export { buildReceipt, type ReceiptInput } from './build.ts';
export { ReceiptError, type Receipt, type ReceiptOf, type ReceiptMessage, type ReceiptFailure } from './receipt.ts';
export { RECEIPT_SPECS, RECEIPT_TYPES, type ReceiptType, type ReceiptDocuments, type SummaryResultLine } from './receipt-types.ts';
export { RETURN_STATUSES, statusOf, type ReceiptStatus, type StatusOutcome } from './status-codes.ts';
export { BUSINESS_ERRORS } from './business-errors.ts';
export { customsNote, type CustomsNote } from './customs-reasons.ts';
