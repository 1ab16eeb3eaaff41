import { buildCeb303 } from './ceb303.ts';
import { buildCeb603 } from './ceb603.ts';
import type { DeclarationInput, MessageIds, Submission } from './declaration.ts';
import type { CebMessage } from './elements.ts';
import { inventoryAllowed } from './trade-modes.ts';

export type ExportDeclaration =
  | { route: 'inventory'; order: CebMessage<'CEB303'>; inventory: CebMessage<'CEB603'> }
  /** Above the simplified threshold: the order goes to the single window, the goods on an H2018 报关单. */
  | { route: 'customs_declaration'; order: CebMessage<'CEB303'>; referenceOrderNo: string; attachmentType: string };

/** 随附单据 type on the 报关单 that carries the 9710 order / 9810 订仓单 number. */
export const B2B_ATTACHMENT_TYPE = '10000004';

/** The messages of one export declaration: order always, inventory when the trade mode and value allow one. */
export function buildExportDeclaration(input: DeclarationInput, submission: Submission, ids: { order: MessageIds; inventory: MessageIds }): ExportDeclaration {
  const order = buildCeb303(input, submission, ids.order);
  if (inventoryAllowed(input.tradeMode, input.goodsValueCny)) {
    return { route: 'inventory', order, inventory: buildCeb603(input, submission, ids.inventory) };
  }
  return { route: 'customs_declaration', order, referenceOrderNo: input.orderNo, attachmentType: B2B_ATTACHMENT_TYPE };
}
