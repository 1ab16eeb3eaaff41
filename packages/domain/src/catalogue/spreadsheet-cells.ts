import type { AttributeValue, FibreShare } from './attributes.ts';
import { FIBRES, type AttributeDefinition, type AttributeOption } from './templates.ts';

/** A spreadsheet cell after the reader flattened rich text, formulas and dates. */
export type Cell = string | number | boolean | null;

export function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

export function cellNumber(cell: Cell | undefined): number | null | 'invalid' {
  if (cell === null || cell === undefined || cellText(cell) === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  const parsed = Number(cellText(cell).replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : 'invalid';
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '有']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '无']);

export function cellBoolean(cell: Cell | undefined): boolean | null | 'invalid' {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell).toLowerCase();
  if (text === '') return null;
  return TRUE.has(text) ? true : FALSE.has(text) ? false : 'invalid';
}

const splitList = (text: string) =>
  text
    .split(/[;,，；、\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** An option by its value or by either label, ignoring case. */
function optionValue(options: readonly AttributeOption[], text: string): string | null {
  const wanted = text.toLowerCase();
  return options.find((option) => option.value.toLowerCase() === wanted || option.label.en.toLowerCase() === wanted || option.label.zh === text)?.value ?? null;
}

/** "cotton 80%; polyamide 17%; 氨纶 3%" (or "80% cotton") → shares, by fibre value or label. */
export function parseComposition(text: string): FibreShare[] | 'invalid' {
  const shares: FibreShare[] = [];
  for (const part of splitList(text)) {
    const fibreFirst = /^(.+?)\s*(\d+(?:\.\d+)?)\s*%$/.exec(part);
    const percentFirst = /^(\d+(?:\.\d+)?)\s*%\s*(.+)$/.exec(part);
    const [fibreText, percentText] = fibreFirst ? [fibreFirst[1]!, fibreFirst[2]!] : percentFirst ? [percentFirst[2]!, percentFirst[1]!] : [null, null];
    const fibre = fibreText === null ? null : optionValue(FIBRES, fibreText.trim());
    if (!fibre) return 'invalid';
    shares.push({ fibre, percent: Number(percentText) });
  }
  return shares;
}

export function formatComposition(shares: readonly FibreShare[]): string {
  return shares.map((share) => `${share.fibre} ${share.percent}%`).join('; ');
}

/** Reads an attribute cell for its definition; undefined when empty, 'invalid' when unreadable. */
export function parseAttributeCell(definition: AttributeDefinition, cell: Cell | undefined): AttributeValue | undefined | 'invalid' {
  const text = cellText(cell);
  if (text === '') return undefined;
  switch (definition.type) {
    case 'text':
      return text;
    case 'number': {
      const value = cellNumber(cell);
      return value === null ? undefined : value;
    }
    case 'boolean': {
      const value = cellBoolean(cell);
      return value === null ? undefined : value;
    }
    case 'enum':
      return optionValue(definition.options ?? [], text) ?? 'invalid';
    case 'multi': {
      const values = splitList(text).map((part) => optionValue(definition.options ?? [], part));
      return values.every((value) => value !== null) ? (values as string[]) : 'invalid';
    }
    case 'list':
      return splitList(text);
    case 'composition':
      return parseComposition(text);
  }
}

export function formatAttributeCell(value: AttributeValue | undefined): Cell {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 && typeof value[0] === 'object' ? formatComposition(value as FibreShare[]) : (value as string[]).join('; ');
  return value;
}
