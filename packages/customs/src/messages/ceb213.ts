import { countryCode, declaredGoods, linedMessage, parties } from './common.ts';
import type { DeclarationInput, MessageIds, Party, Submission } from './declaration.ts';
import type { CebMessage, ElementValues } from './elements.ts';

/** Return of exported retail goods from a general (non-special-zone) export (spec 202205: 9661; 1261 is special zones). */
export const RETURN_TRADE_MODE = '9661';

export interface ReturnInput {
  /** The declaration the goods left with. */
  original: DeclarationInput;
  /** 清单编号 customs gave the original inventory. */
  invtNo: string;
  /** 企业唯一编号 of the return request (coElNo). */
  copNo: string;
  reason: string;
  /** The returned quantity per original line (by lineId); lines not named are not returned. */
  returned: { lineId: string; quantity: number }[];
  /** The carrier and waybill of the way back (may be the original ones). */
  carrier: Party;
  logisticsNo: string;
  billNo?: string;
  trafMode: string;
  trafName: string;
  voyageNo: string;
  portCode: string;
  note?: string;
}

/** CEB213 退货申请单: items keep the original inventory's gnum, code, name, model and units; quantities never exceed it. */
export function buildCeb213(input: ReturnInput, submission: Submission, ids: MessageIds): CebMessage<'CEB213'> {
  const { original } = input;
  const lines: ElementValues<'InvtRefundList'>[] = input.returned.map((returned) => {
    const index = original.lines.findIndex((line) => line.lineId === returned.lineId);
    const line = original.lines[index];
    if (!line) throw new Error(`Line ${returned.lineId} is not on inventory ${input.invtNo}`);
    return { gnum: String(index + 1), ...declaredGoods(line, returned.quantity) };
  });
  return linedMessage(
    'CEB213',
    submission,
    ids,
    {
      customsCode: original.customsCode,
      loctNo: original.loctNo,
      ...parties({ ebp: original.ebp, ebc: original.ebc, logistics: input.carrier, agent: original.agent }),
      logisticsNo: input.logisticsNo,
      coElNo: input.copNo,
      invtNo: input.invtNo,
      tradeMode: RETURN_TRADE_MODE,
      // Spec: 提单或总运单的编号，如无则填写物流运单号.
      billNo: input.billNo || input.logisticsNo,
      // Spec: 出口退货填写I.
      ieFlag: 'I',
      trafMode: input.trafMode,
      trafName: input.trafName,
      portCode: input.portCode,
      reason: input.reason,
      country: countryCode(original.destinationCountry),
      voyageNo: input.voyageNo,
      note: input.note,
    },
    lines,
  );
}
