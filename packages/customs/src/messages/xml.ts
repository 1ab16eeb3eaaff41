import { fieldsOf, MESSAGE_LAYOUT, type AnyCebMessage, type ElementName } from './elements.ts';

export const CEB_NAMESPACE = 'http://www.chinaport.gov.cn/ceb';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One element with its fields in XSD sequence order; optional fields without a value are left out. */
function elementXml(element: ElementName, values: object, indent: string): string {
  const record = values as Record<string, string | undefined>;
  const lines = [`${indent}<ceb:${element}>`];
  for (const [field, info] of Object.entries(fieldsOf(element))) {
    const value = record[field];
    if (value === undefined) {
      if (info.required) throw new Error(`${element}.${field} is required`);
      continue;
    }
    lines.push(`${indent}\t<ceb:${field}>${escapeXml(value)}</ceb:${field}>`);
  }
  lines.push(`${indent}</ceb:${element}>`);
  return lines.join('\n');
}

function documentXml(message: AnyCebMessage, document: AnyCebMessage['documents'][number]): string {
  const layout = MESSAGE_LAYOUT[message.kind];
  if (!('head' in layout)) return elementXml(layout.document as ElementName, document, '\t');
  const { head, lines } = document as { head: object; lines: object[] };
  return [`\t<ceb:${layout.document}>`, elementXml(layout.head, head, '\t\t'), ...lines.map((line) => elementXml(layout.lines, line, '\t\t')), `\t</ceb:${layout.document}>`].join('\n');
}

/** The business-node XML of a message (UTF-8, `ceb:` namespace, unsigned). */
export function toXml(message: AnyCebMessage): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ceb:${message.kind}Message xmlns:ceb="${CEB_NAMESPACE}" guid="${escapeXml(message.guid)}" version="1.0">`,
    ...message.documents.map((document) => documentXml(message, document)),
    elementXml('BaseTransfer', message.transfer, '\t'),
    `</ceb:${message.kind}Message>`,
    '',
  ].join('\n');
}
