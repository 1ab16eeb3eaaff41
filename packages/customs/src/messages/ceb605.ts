import { flatMessage, party } from './common.ts';
import type { MessageIds, Party, Submission } from './declaration.ts';
import type { Ceb605Message } from './elements.ts';

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
export function buildCeb605(input: CancelInput, submission: Submission, ids: MessageIds): Ceb605Message {
  const { customsCode, copNo, invtNo, reason, note } = input;
  return flatMessage('CEB605', submission, ids, { customsCode, copNo, invtNo, reason, ...party('agent', input.agent), ...party('ebc', input.ebc), note });
}
