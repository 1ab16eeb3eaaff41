import { hsCodeProblem, isValidUscc } from '@tradewind/domain';
import { customsCountryCode, customsCurrencyCode, isCustomsOffice, isCustomsUnit, isTransportMode, isWrapType, legalUnitsFor } from '../codes/lookups.ts';
import type { DeclarationInput, DeclarationLine, Party } from '../messages/declaration.ts';
import { inventoryAllowed, SIMPLIFIED_LIMIT_CNY } from '../messages/trade-modes.ts';
import { issue, lineRef, type PrecheckIssue } from './issue.ts';

/** Lines per order / inventory (XSD maxOccurs). */
export const MAX_LINES = 100;

const CUSTOMS_REGISTRATION_CODE = /^\d{4}[0-9A-Z]{6}$/;

/** 10-character customs code or 18-character USCC (spec: 10位海关编码或18位统一社会信用代码), plus the spec's stand-ins. */
function partyCodeValid(code: string, allowed: readonly string[]): boolean {
  return allowed.includes(code) || CUSTOMS_REGISTRATION_CODE.test(code) || isValidUscc(code);
}

function partyIssues(field: string, party: Party, allowed: readonly string[] = []): PrecheckIssue[] {
  const issues: PrecheckIssue[] = [];
  if (!party.code.trim()) issues.push(issue('error', 'partyCodeMissing', `${field}.code`, { party: field }));
  else if (!partyCodeValid(party.code, allowed)) issues.push(issue('error', 'partyCodeInvalid', `${field}.code`, { party: field, code: party.code }));
  if (!party.name.trim()) issues.push(issue('error', 'partyNameMissing', `${field}.name`, { party: field }));
  return issues;
}

/** No HS code yet: empty, or the all-zero stand-in catalogues and ERP exports put in its place. */
export const isHsPlaceholder = (hsCode: string): boolean => /^0*$/.test(hsCode.trim());

function lineIssues(line: DeclarationLine, index: number, input: DeclarationInput): PrecheckIssue[] {
  const ref = lineRef(line, index);
  const issues: PrecheckIssue[] = [];
  const add = (severity: PrecheckIssue['severity'], code: string, field: string, params: PrecheckIssue['params'] = {}) => issues.push(issue(severity, code, `lines.${field}`, params, ref));
  const hsMissing = isHsPlaceholder(line.hsCode);
  if (hsMissing) add('error', 'hsMissing', 'hsCode');
  else if (hsCodeProblem(line.hsCode) === 'format') add('error', 'hsFormat', 'hsCode', { hsCode: line.hsCode });
  else if (hsCodeProblem(line.hsCode) === 'chapter') add('error', 'hsChapter', 'hsCode', { hsCode: line.hsCode });
  else if (input.statisticsFlag === 'A') add('info', 'hsHeadingCounted', 'hsCode', { heading: line.hsCode.slice(0, 4) });
  if (!line.gname.trim()) add('error', 'gnameMissing', 'gname');
  // Without an HS code there are no 申报要素 or legal units to ask for: the one fix is the HS code.
  if (!hsMissing && !line.gmodel.replace(/[|\s]/g, '')) add('error', 'declarationElementsMissing', 'gmodel');
  if (!isCustomsUnit(line.unit)) add('error', 'unitUnknown', 'unit', { unit: line.unit });
  if (!hsMissing && (!line.unit1 || !isCustomsUnit(line.unit1) || !(line.qty1 > 0))) add('error', 'legalQuantityMissing', 'qty1', { hsCode: line.hsCode });
  const legal = legalUnitsFor(line.hsCode);
  if (legal && line.unit1 && (line.unit1 !== legal.unit1 || (line.unit2 ?? '') !== (legal.unit2 ?? ''))) {
    add('error', 'legalUnitMismatch', 'unit1', { hsCode: line.hsCode, expected: [legal.unit1, legal.unit2].filter(Boolean).join(' / ') });
  }
  if (line.unit2 !== undefined && (!isCustomsUnit(line.unit2) || !((line.qty2 ?? 0) > 0))) add('error', 'secondQuantityMissing', 'qty2', { hsCode: line.hsCode });
  if (line.netWeightG === undefined) add('warning', 'productWeightMissing', 'netWeightG');
  if (!(line.quantity > 0)) add('error', 'quantityNotPositive', 'quantity');
  if (!(line.unitPrice > 0)) add('error', 'priceNotPositive', 'unitPrice');
  return issues;
}

function logisticsIssues(input: DeclarationInput): PrecheckIssue[] {
  const { logistics } = input;
  const issues = partyIssues('logistics.carrier', logistics.carrier);
  if (!logistics.waybillNo.trim()) issues.push(issue('error', 'waybillMissing', 'logistics.waybillNo'));
  if (!isTransportMode(logistics.trafMode)) issues.push(issue('error', 'transportModeUnknown', 'logistics.trafMode', { code: logistics.trafMode }));
  if (!isWrapType(logistics.wrapType)) issues.push(issue('error', 'wrapTypeUnknown', 'logistics.wrapType', { code: logistics.wrapType }));
  if (!(logistics.packages >= 1)) issues.push(issue('error', 'packagesMissing', 'logistics.packages'));
  if (!(logistics.netWeightG > 0)) issues.push(issue('error', 'netWeightMissing', 'logistics.netWeightG'));
  if (logistics.grossWeightG < logistics.netWeightG) {
    issues.push(issue('error', 'grossBelowNet', 'logistics.grossWeightG', { gross: logistics.grossWeightG / 1000, net: logistics.netWeightG / 1000 }));
  }
  return issues;
}

function headIssues(input: DeclarationInput): PrecheckIssue[] {
  const issues: PrecheckIssue[] = [];
  if (input.lines.length === 0) issues.push(issue('error', 'noLines', 'lines'));
  if (input.lines.length > MAX_LINES) issues.push(issue('error', 'tooManyLines', 'lines', { count: input.lines.length, max: MAX_LINES }));
  if (!input.orderNo.trim()) issues.push(issue('error', 'orderNoMissing', 'orderNo'));
  if (!customsCurrencyCode(input.currency)) issues.push(issue('error', 'currencyUnknown', 'currency', { currency: input.currency }));
  if (input.destinationCountry === 'CN') issues.push(issue('error', 'destinationIsChina', 'destinationCountry'));
  else if (!customsCountryCode(input.destinationCountry)) issues.push(issue('error', 'countryUnknown', 'destinationCountry', { country: input.destinationCountry }));
  for (const field of ['customsCode', 'portCode'] as const) {
    if (!/^\d{4}$/.test(input[field])) issues.push(issue('error', 'customsOfficeFormat', field, { code: input[field] }));
    else if (!isCustomsOffice(input[field])) issues.push(issue('warning', 'customsOfficeUnlisted', field, { code: input[field] }));
  }
  if (!/^[0-9A-Z]{3,4}$/.test(input.pod)) issues.push(issue('error', 'podFormat', 'pod', { code: input.pod }));
  if (input.statisticsFlag === 'A' && input.licenseNo) issues.push(issue('error', 'simplifiedWithLicence', 'statisticsFlag'));
  if (!inventoryAllowed(input.tradeMode, input.goodsValueCny)) {
    issues.push(issue('info', 'customsDeclarationRequired', 'goodsValueCny', { orderNo: input.orderNo, limit: SIMPLIFIED_LIMIT_CNY / 100, tradeMode: input.tradeMode }));
  }
  return [
    ...issues,
    ...partyIssues('ebc', input.ebc),
    // Spec 202205: ebpCode 无 for an overseas platform; ownerCode NO when the producer is not registered.
    ...partyIssues('ebp', input.ebp, ['无']),
    ...partyIssues('agent', input.agent),
    ...partyIssues('owner', input.owner, ['NO']),
  ];
}

/** The business rules of a declaration that the XSD cannot express. */
export function inputIssues(input: DeclarationInput): PrecheckIssue[] {
  return [...headIssues(input), ...input.lines.flatMap((line, index) => lineIssues(line, index, input)), ...logisticsIssues(input)];
}
