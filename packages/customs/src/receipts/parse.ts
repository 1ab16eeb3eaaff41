import { EnvelopeError, unwrap, DXP_NS } from '../envelope/dxp-envelope.ts';
import { CEB_NS, childElements, parseXmlStrict, XmlSyntaxError } from '../signing/xml-document.ts';
import { translateError } from '../translate-error.ts';
import { fieldProblem } from './field-check.ts';
import { ReceiptError, type Receipt, type ReceiptMessage } from './receipt.ts';
import { RECEIPT_SPECS, RECEIPT_TYPES, SUMMARY_RESULT_LINE, type ReceiptField, type ReceiptSpec, type ReceiptType } from './receipt-types.ts';
import { fromReturnTime } from './return-time.ts';
import { statusOf, type ReceiptStatus } from './status-codes.ts';

const MAX_ENTRIES = 100;

/**
 * Parses any receipt of the 2022-05 export standard, bare or inside a DXP DxpMsg. Every field is
 * checked against its XSD facets and every status against the spec's table; anything off throws a
 * ReceiptError, so a caller never sees a partly read receipt.
 */
export function parseReceipt(xml: string): ReceiptMessage {
  let root = parse(xml).documentElement;
  if (root.localName === 'DxpMsg' && root.namespaceURI === DXP_NS) {
    const { messageXml } = translateError(
      () => unwrap(xml),
      EnvelopeError,
      (error) => new ReceiptError('malformed-envelope', `${error.reason}: ${error.message}`),
    );
    root = parse(messageXml).documentElement;
  }
  const type = RECEIPT_TYPES.find((t) => RECEIPT_SPECS[t].root === root.localName);
  if (!type || root.namespaceURI !== CEB_NS) throw new ReceiptError('unknown-receipt', `${root.tagName} is not a receipt of the 2022-05 export standard`);
  const spec: ReceiptSpec = RECEIPT_SPECS[type];
  const guid = root.getAttribute('guid') ?? '';
  const version = root.getAttribute('version') ?? '';
  if ([...guid].length !== 36) throw new ReceiptError('invalid-field', 'the message guid must be 36 characters', { field: 'guid' });
  if (version.length < 1 || version.length > 10) throw new ReceiptError('invalid-field', 'version must be 1 to 10 characters', { field: 'version' });
  const entries = childElements(root);
  if (entries.length < 1 || entries.length > MAX_ENTRIES) {
    throw new ReceiptError('wrong-entry-count', `a receipt message holds 1 to ${MAX_ENTRIES} ${spec.entry} entries, not ${entries.length}`);
  }
  const receipts = entries.map((entry, index) => readEntry(type, spec, entry, index + 1));
  return { type, guid, version, receipts };
}

function readEntry(type: ReceiptType, spec: ReceiptSpec, entry: Element, number: number): Receipt {
  expectCeb(entry, spec.entry, number);
  let fieldsElement = entry;
  let lines: Record<string, string>[] = [];
  if (type === 'CEB792') {
    const [head, ...list] = childElements(entry);
    expectCeb(head, 'SummaryResultHead', number);
    list.forEach((line) => expectCeb(line, 'SummaryResultList', number));
    fieldsElement = head!;
    lines = list.map((line) => readFields(line, SUMMARY_RESULT_LINE, false, number));
  }
  const values = readFields(fieldsElement, spec.fields, spec.anyOrder ?? false, number);
  const { guid = '', ...rest } = values;
  const { status: statusField, time, message } = spec.roles;
  const at = fromReturnTime(values[time] ?? '');
  if (!at) throw new ReceiptError('invalid-field', `${time} ${values[time]} is not a time yyyyMMddHHmmssfff`, { entry: number, field: time });
  const status = statusField ? returnStatus(type, values[statusField] ?? '', number) : summaryResultStatus(values.decState ?? '');
  for (const role of [statusField, time, message]) if (role) delete rest[role];
  const receipt = { type, guid, documents: rest, status, at, message: values[message] ?? '' };
  return (type === 'CEB792' ? { ...receipt, lines } : receipt) as Receipt;
}

function readFields(element: Element, specs: readonly ReceiptField[], anyOrder: boolean, entry: number): Record<string, string> {
  const children = childElements(element);
  for (const child of children) {
    if (child.namespaceURI !== CEB_NS || childElements(child).length > 0 || !specs.some((s) => s.name === child.localName)) {
      throw new ReceiptError('unexpected-field', `${child.tagName} is not a field of ${element.localName}`, { entry, field: child.localName });
    }
  }
  const values: Record<string, string> = {};
  let next = 0;
  for (const spec of specs) {
    const found = anyOrder ? children.filter((c) => c.localName === spec.name) : children[next]?.localName === spec.name ? [children[next]!] : [];
    if (found.length > 1) throw new ReceiptError('unexpected-field', `${spec.name} appears twice`, { entry, field: spec.name });
    const [child] = found;
    if (!child) {
      if (spec.required) throw new ReceiptError('missing-field', `${element.localName} lacks ${spec.name}`, { entry, field: spec.name });
      continue;
    }
    next += 1;
    const value = child.textContent ?? '';
    const problem = fieldProblem(spec, value);
    if (problem) throw new ReceiptError('invalid-field', problem, { entry, field: spec.name });
    values[spec.name] = value;
  }
  const leftover = children[next];
  if (!anyOrder && leftover) {
    throw new ReceiptError('unexpected-field', `${leftover.localName} is not expected there in ${element.localName}`, { entry, field: leftover.localName });
  }
  return values;
}

function returnStatus(type: ReceiptType, code: string, entry: number): ReceiptStatus {
  const status = statusOf(code.trim(), type);
  if (!status) throw new ReceiptError('unknown-status', `returnStatus ${code} is not a status of the 2022-05 standard`, { entry, field: 'returnStatus' });
  return status;
}

/** CEB792 has no returnStatus: its arrival is the summary's final result; decState is customs' own declaration state. */
function summaryResultStatus(decState: string): ReceiptStatus {
  return {
    code: decState,
    zh: `汇总结果已生成（报关单状态 ${decState}）`,
    en: `Summary result issued (declaration state ${decState})`,
    outcome: 'done',
    final: true,
  };
}

function expectCeb(element: Element | undefined, localName: string, entry: number): void {
  if (element?.localName !== localName || element.namespaceURI !== CEB_NS) {
    throw new ReceiptError('unexpected-field', `expected ${localName}, found ${element?.tagName ?? 'nothing'}`, { entry, field: element?.localName });
  }
}

function parse(xml: string): Document {
  return translateError(
    () => parseXmlStrict(xml),
    XmlSyntaxError,
    (error) => new ReceiptError('malformed-xml', error.message),
  );
}
