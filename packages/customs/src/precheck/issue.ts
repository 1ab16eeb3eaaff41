import type { DeclarationLine } from '../messages/declaration.ts';

export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * One pre-check finding. The text is not here: `code` names `customs.precheck.<code>.problem` and
 * `.fix` in the zh-CN / en bundle beside this file, filled with `params`, so the client renders it.
 */
export interface PrecheckIssue {
  severity: IssueSeverity;
  code: string;
  /** The declaration field, e.g. `lines.hsCode` or the XSD field `InventoryList.gmodel`. */
  field: string;
  /** The order line the issue is on (1-based number, order line id, SKU). */
  line?: { number: number; id: string; itemNo: string };
  params: Record<string, string | number>;
}

export const lineRef = (line: DeclarationLine, index: number) => ({ number: index + 1, id: line.lineId, itemNo: line.itemNo });

/** An issue on a line carries i18next's `context: 'line'`, so texts with a `_line` variant name the line. */
export const issue = (severity: IssueSeverity, code: string, field: string, params: PrecheckIssue['params'] = {}, line?: PrecheckIssue['line']): PrecheckIssue =>
  line ? { severity, code, field, line, params: { ...params, line: line.number, itemNo: line.itemNo, context: 'line' } } : { severity, code, field, params };
