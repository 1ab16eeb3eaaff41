import { buildExportDeclaration, type ExportDeclaration } from '../messages/export-declaration.ts';
import type { DeclarationInput, Submission } from '../messages/declaration.ts';
import { messageFieldIssues } from './field-checks.ts';
import { inputIssues } from './input-checks.ts';
import { issue, type PrecheckIssue } from './issue.ts';
import { totalsIssues } from './totals.ts';

/** Problems that stop the messages from being built at all (no customs code to write). */
const BLOCKS_BUILDING = new Set(['currencyUnknown', 'countryUnknown', 'destinationIsChina']);

// Ids, time and sender do not depend on the merchant's data; the pre-check builds with stand-ins.
const ZERO_ID = '00000000-0000-0000-0000-000000000000';
const PROBE: Submission = { at: '2000-01-01T00:00:00Z', appType: '1', appStatus: '2', sender: { copCode: 'PRECHECK', copName: 'PRECHECK', dxpId: 'PRECHECK' } };
const PROBE_IDS = { messageGuid: ZERO_ID, documentGuid: ZERO_ID };

export interface PrecheckResult {
  /** No errors: the declaration may be submitted (warnings and notes do not block). */
  ok: boolean;
  issues: PrecheckIssue[];
  /** How the declaration goes, when it can be built: on a CEB603 inventory, or on a 报关单. */
  route?: ExportDeclaration['route'];
}

/**
 * The offline pre-check, the same on the device and the platform: the business rules of the spec,
 * then every XSD facet of the order and inventory that would be built, each issue naming its line.
 */
export function precheckDeclaration(input: DeclarationInput): PrecheckResult {
  const issues = inputIssues(input);
  if (issues.some((found) => BLOCKS_BUILDING.has(found.code))) return { ok: false, issues };
  let declaration: ExportDeclaration;
  try {
    declaration = buildExportDeclaration(input, PROBE, { order: PROBE_IDS, inventory: PROBE_IDS });
  } catch (error) {
    // Only data outside what the collections allow gets here (a fractional price, a malformed date).
    return { ok: false, issues: [...issues, issue('error', 'declarationUnbuildable', 'declaration', { reason: (error as Error).message })] };
  }
  const messages = declaration.route === 'inventory' ? [declaration.order, declaration.inventory] : [declaration.order];
  const covered = new Set(issues.filter((found) => found.severity === 'error').flatMap((found) => (COVERS[found.field] ?? []).map((field) => `${found.line?.id ?? ''}|${field}`)));
  for (const message of messages) {
    const fieldIssues = messageFieldIssues(message, input.lines).filter((found) => !covered.has(`${found.line?.id ?? ''}|${found.field.split('.')[1]}`));
    issues.push(...fieldIssues, ...totalsIssues(message));
  }
  return { ok: !issues.some((found) => found.severity === 'error'), issues: dedupe(issues), route: declaration.route };
}

/** The XSD fields a business issue already explains, so the same gap is not reported twice. */
const COVERS: Record<string, string[]> = {
  // No HS code: nor 申报要素 nor legal units can be filled, and the business issue says so once.
  'lines.hsCode': ['gcode', 'gmodel', 'unit1', 'qty1', 'unit2', 'qty2'],
  'lines.gname': ['gname'],
  'lines.gmodel': ['gmodel'],
  'lines.unit': ['unit'],
  'lines.qty1': ['unit1', 'qty1'],
  'lines.qty2': ['unit2', 'qty2'],
  orderNo: ['orderNo'],
  'logistics.waybillNo': ['logisticsNo'],
  'logistics.carrier.code': ['logisticsCode'],
  'logistics.carrier.name': ['logisticsName'],
  ...Object.fromEntries(
    ['ebc', 'ebp', 'agent', 'owner'].flatMap((party) => [
      [`${party}.code`, [`${party}Code`]],
      [`${party}.name`, [`${party}Name`]],
    ]),
  ),
};

/** The same field of the same line reported by the order and the inventory is one issue. */
function dedupe(issues: PrecheckIssue[]): PrecheckIssue[] {
  const seen = new Set<string>();
  return issues.filter((found) => {
    const key = `${found.code}|${found.field.replace(/^(OrderList|InventoryList)\./, 'line.').replace(/^(OrderHead|InventoryHead)\./, 'head.')}|${found.line?.id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
