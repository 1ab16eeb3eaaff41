import { flatMessage, parties } from './common.ts';
import type { MessageIds, Party, Submission } from './declaration.ts';
import type { CebMessage } from './elements.ts';

export interface CancelInput {
  customsCode: string;
  /** 企业内部编号 of this cancel request. */
  copNo: string;
  /** 清单编号 customs gave the released inventory. */
  invtNo: string;
  reason: string;
  agent: Party;
  ebc: Party;
  note?: string;
}

/** CEB605 撤销申请单: asks customs to cancel a released inventory. */
export function buildCeb605(input: CancelInput, submission: Submission, ids: MessageIds): CebMessage<'CEB605'> {
  const { customsCode, copNo, invtNo, reason, agent, ebc, note } = input;
  return flatMessage('CEB605', submission, ids, { customsCode, copNo, invtNo, reason, ...parties({ agent, ebc }), note });
}
