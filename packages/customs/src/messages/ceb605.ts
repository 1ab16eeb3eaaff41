import { headStart, messageFrame } from './common.ts';
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
  return {
    kind: 'CEB605',
    ...messageFrame(submission, ids),
    documents: [
      {
        ...headStart(submission, ids),
        customsCode: input.customsCode,
        copNo: input.copNo,
        invtNo: input.invtNo,
        reason: input.reason,
        agentCode: input.agent.code,
        agentName: input.agent.name,
        ebcCode: input.ebc.code,
        ebcName: input.ebc.name,
        note: input.note,
      },
    ],
  };
}
