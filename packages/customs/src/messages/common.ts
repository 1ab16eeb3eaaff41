import { customsCountryCode, customsCurrencyCode } from '../codes/lookups.ts';
import type { BaseTransfer } from './elements.ts';
import type { MessageIds, Submission } from './declaration.ts';
import { cebGuid, cebTime } from './format.ts';

/** The four fields every declaration head starts with. */
export function headStart(submission: Submission, ids: MessageIds) {
  return {
    guid: cebGuid(ids.documentGuid),
    appType: submission.appType,
    appTime: cebTime(submission.at),
    appStatus: submission.appStatus,
  };
}

export function messageFrame(submission: Submission, ids: MessageIds): { guid: string; transfer: BaseTransfer } {
  const { copCode, copName, dxpId, note } = submission.sender;
  return { guid: cebGuid(ids.messageGuid), transfer: { copCode, copName, dxpMode: 'DXP', dxpId, note } };
}

/** A code the pre-check has already confirmed; reaching the builder without one is a programming error. */
function required(value: string | undefined, what: string, input: string): string {
  if (value === undefined) throw new Error(`No customs ${what} code for ${input}: run the pre-check before building`);
  return value;
}

export const currencyCode = (iso: string): string => required(customsCurrencyCode(iso), 'currency', iso);
export const countryCode = (iso: string): string => required(customsCountryCode(iso), 'country', iso);
