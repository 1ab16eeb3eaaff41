import type { DeclarationLine } from '../messages/declaration.ts';
import { fieldsOf, MESSAGE_LAYOUT, type AnyCebMessage, type ElementName, type FieldInfo } from '../messages/elements.ts';
import { issue, lineRef, type PrecheckIssue } from './issue.ts';

const characters = (text: string): number => [...text].length;

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function decimalProblem(value: string, info: FieldInfo): string | null {
  const pattern = info.base === 'int' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(value)) return 'fieldNotNumber';
  const [whole = '', fraction = ''] = value.replace('-', '').split('.');
  if (info.fractionDigits !== undefined && fraction.length > info.fractionDigits) return 'fieldTooPrecise';
  if (info.totalDigits !== undefined && whole.replace(/^0+(?=\d)/, '').length + fraction.length > info.totalDigits) return 'fieldTooLarge';
  return null;
}

/** Every facet the XSD puts on the element's fields: required, length, min/max length, digits. */
function elementIssues(element: ElementName, values: object, line?: PrecheckIssue['line']): PrecheckIssue[] {
  const record = values as Record<string, string | undefined>;
  const issues: PrecheckIssue[] = [];
  for (const [field, info] of Object.entries(fieldsOf(element))) {
    const value = record[field];
    const path = `${element}.${field}`;
    if (value === undefined || value === '') {
      if (info.required && !(info.minLength === 0)) issues.push(issue('error', 'fieldRequired', path, { field }, line));
      continue;
    }
    if (NOT_XML.test(value)) issues.push(issue('error', 'fieldInvalidCharacters', path, { field }, line));
    const length = characters(value);
    if (info.length !== undefined && length !== info.length) issues.push(issue('error', 'fieldWrongLength', path, { field, expected: info.length, length }, line));
    if (info.maxLength !== undefined && length > info.maxLength) issues.push(issue('error', 'fieldTooLong', path, { field, max: info.maxLength, length }, line));
    if (info.minLength !== undefined && length < info.minLength) issues.push(issue('error', 'fieldTooShort', path, { field, min: info.minLength, length }, line));
    if (info.base !== 'string') {
      const problem = decimalProblem(value, info);
      if (problem) issues.push(issue('error', problem, path, { field, value, digits: info.fractionDigits ?? 0 }, line));
    }
  }
  return issues;
}

/** The XSD facets of a built message, with each list element tied back to its order line. */
export function messageFieldIssues(message: AnyCebMessage, lines: DeclarationLine[] = []): PrecheckIssue[] {
  const layout = MESSAGE_LAYOUT[message.kind];
  return message.documents.flatMap((document) => {
    if (!('head' in layout)) return elementIssues(layout.document as ElementName, document);
    const { head, lines: items } = document as { head: object; lines: object[] };
    return [
      ...elementIssues(layout.head, head),
      ...items.flatMap((item, index) => {
        const line = lines[index];
        return elementIssues(layout.lines, item, line ? lineRef(line, index) : undefined);
      }),
    ];
  });
}
