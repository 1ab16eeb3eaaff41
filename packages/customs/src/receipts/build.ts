import { CEB_NS, escapeXml } from '../signing/xml-document.ts';
import { fieldProblem } from './field-check.ts';
import { ReceiptError } from './receipt.ts';
import { RECEIPT_SPECS, SUMMARY_RESULT_LINE, type ReceiptField, type ReceiptDocuments, type ReceiptSpec, type ReceiptType, type SummaryResultLine } from './receipt-types.ts';
import { toReturnTime } from './return-time.ts';
import { statusOf } from './status-codes.ts';

/** What a simulator (or a test) states for one receipt; the builder writes the XSD's form of it. */
export type ReceiptInput<T extends ReceiptType> = T extends ReceiptType
  ? {
      guid: string;
      documents: ReceiptDocuments<T>;
      /** ISO-8601 instant; written as China Standard Time. */
      at: string;
      message: string;
    } & (T extends 'CEB792' ? { lines: SummaryResultLine[] } : { status: string })
  : never;

/**
 * Writes a receipt message of the given type holding 1 to 100 receipts, in XSD element order.
 * Refuses (ReceiptError 'invalid-input') any value the XSD or the status table would refuse.
 */
export function buildReceipt<T extends ReceiptType>(type: T, messageGuid: string, receipts: ReceiptInput<T>[]): string {
  const spec: ReceiptSpec = RECEIPT_SPECS[type];
  if ([...messageGuid].length !== 36) throw new ReceiptError('invalid-input', 'the message guid must be 36 characters', { field: 'guid' });
  if (receipts.length < 1 || receipts.length > 100) throw new ReceiptError('invalid-input', 'a receipt message holds 1 to 100 receipts');
  const entries = receipts.map((input, index) => entryXml(type, spec, input, index + 1)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n` + `<ceb:${spec.root} xmlns:ceb="${CEB_NS}" guid="${escapeXml(messageGuid)}" version="1.0">${entries}</ceb:${spec.root}>`;
}

function entryXml<T extends ReceiptType>(type: T, spec: ReceiptSpec, input: ReceiptInput<T>, entry: number): string {
  const time = toReturnTime(input.at);
  if (!time) throw new ReceiptError('invalid-input', `at ${input.at} is not an ISO-8601 instant`, { entry, field: spec.roles.time });
  const values: Record<string, string | undefined> = { ...(input.documents as Record<string, string | undefined>), guid: input.guid };
  values[spec.roles.time] = time;
  values[spec.roles.message] = input.message === '' && type === 'CEB792' ? undefined : input.message;
  if (spec.roles.status) {
    const code = (input as { status: string }).status;
    if (!statusOf(code, type)) throw new ReceiptError('invalid-input', `${code} is not a status of the 2022-05 standard`, { entry, field: 'returnStatus' });
    values[spec.roles.status] = code;
  }
  const fields = fieldsXml(spec.fields, values, entry, type === 'CEB900' ? ['oriBizMessage'] : []);
  if (type !== 'CEB792') return `<ceb:${spec.entry}>${fields}</ceb:${spec.entry}>`;
  const lines = (input as { lines: SummaryResultLine[] }).lines.map((line) => `<ceb:SummaryResultList>${fieldsXml(SUMMARY_RESULT_LINE, line, entry)}</ceb:SummaryResultList>`).join('');
  return `<ceb:${spec.entry}><ceb:SummaryResultHead>${fields}</ceb:SummaryResultHead>${lines}</ceb:${spec.entry}>`;
}

function fieldsXml(specs: readonly ReceiptField[], values: Record<string, string | undefined>, entry: number, cdata: string[] = []): string {
  return specs
    .map((spec) => {
      const value = values[spec.name];
      if (value === undefined) {
        if (spec.required) throw new ReceiptError('invalid-input', `${spec.name} is required`, { entry, field: spec.name });
        return '';
      }
      const problem = fieldProblem(spec, value);
      if (problem) throw new ReceiptError('invalid-input', problem, { entry, field: spec.name });
      const text = cdata.includes(spec.name) ? `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>` : escapeXml(value);
      return `<ceb:${spec.name}>${text}</ceb:${spec.name}>`;
    })
    .join('');
}
