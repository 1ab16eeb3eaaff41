import { customsCountryCode, customsCurrencyCode } from '../codes/lookups.ts';
import type { AnyCebMessage, CebKind, ElementValues } from './elements.ts';
import type { DeclarationLine, MessageIds, Party, Submission } from './declaration.ts';
import { cebDecimal, cebGuid, cebTime } from './format.ts';

/** The four fields every declaration head starts with. */
export function headStart(submission: Submission, ids: MessageIds) {
  return {
    guid: cebGuid(ids.documentGuid),
    appType: submission.appType,
    appTime: cebTime(submission.at),
    appStatus: submission.appStatus,
  };
}

export function messageFrame(submission: Submission, ids: MessageIds): { guid: string; transfer: ElementValues<'BaseTransfer'> } {
  const { copCode, copName, dxpId, note } = submission.sender;
  return { guid: cebGuid(ids.messageGuid), transfer: { copCode, copName, dxpMode: 'DXP', dxpId, note } };
}

type MessageOf<K extends CebKind> = Extract<AnyCebMessage, { kind: K }>;
type DocumentOf<K extends CebKind> = MessageOf<K>['documents'][number];
type Unstarted<T> = Omit<T, keyof ReturnType<typeof headStart>>;
type LinedKind = { [K in CebKind]: DocumentOf<K> extends { head: object } ? K : never }[CebKind];

/** A message of one document that is a head and its lines; the head's four standard fields come from the submission. */
export function linedMessage<K extends LinedKind>(kind: K, submission: Submission, ids: MessageIds, head: Unstarted<DocumentOf<K>['head']>, lines: DocumentOf<K>['lines']): MessageOf<K> {
  return { kind, ...messageFrame(submission, ids), documents: [{ head: { ...headStart(submission, ids), ...head }, lines }] } as MessageOf<K>;
}

/** A message of one flat document (CEB605); its four standard fields come from the submission. */
export function flatMessage<K extends Exclude<CebKind, LinedKind>>(kind: K, submission: Submission, ids: MessageIds, document: Unstarted<DocumentOf<K>>): MessageOf<K> {
  return { kind, ...messageFrame(submission, ids), documents: [{ ...headStart(submission, ids), ...document }] } as MessageOf<K>;
}

/** Each party's code and name under the XSD's names for its role (`{ ebc }` → `ebcCode`, `ebcName`). */
export function parties<R extends string>(byRole: Record<R, Party>): Record<`${R}Code` | `${R}Name`, string> {
  const fields = Object.entries<Party>(byRole).flatMap(([role, { code, name }]) => [
    [`${role}Code`, code],
    [`${role}Name`, name],
  ]);
  return Object.fromEntries(fields) as Record<`${R}Code` | `${R}Name`, string>;
}

/**
 * A line's goods as customs classifies them, with its declared, legal and second legal quantities;
 * a part of the line (a return) scales the legal quantities with the declared one.
 */
export function declaredGoods(line: DeclarationLine, quantity = line.quantity) {
  // A whole line is never divided: building may run before the pre-check refuses a zero quantity.
  const share = quantity === line.quantity ? 1 : quantity / line.quantity;
  return {
    gcode: line.hsCode,
    gname: line.gname,
    gmodel: line.gmodel,
    qty: cebDecimal(quantity),
    unit: line.unit,
    qty1: cebDecimal(line.qty1 * share),
    unit1: line.unit1,
    qty2: line.qty2 === undefined ? undefined : cebDecimal(line.qty2 * share),
    unit2: line.unit2,
  };
}

/** A code the pre-check has already confirmed; reaching the builder without one is a programming error. */
function required(value: string | undefined, what: string, input: string): string {
  if (value === undefined) throw new Error(`No customs ${what} code for ${input}: run the pre-check before building`);
  return value;
}

export const currencyCode = (iso: string): string => required(customsCurrencyCode(iso), 'currency', iso);
export const countryCode = (iso: string): string => required(customsCountryCode(iso), 'country', iso);
