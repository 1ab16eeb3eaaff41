import { currencyCode, linedMessage, parties } from './common.ts';
import type { DeclarationInput, MessageIds, Submission } from './declaration.ts';
import type { CebMessage, ElementValues } from './elements.ts';
import { cebDecimal, cebMoney } from './format.ts';
import { ORDER_TYPE } from './trade-modes.ts';

const lineTotal = (line: { quantity: number; unitPrice: number }): number => line.quantity * line.unitPrice;

/** CEB303 电子订单: orderType E (9610), B (9710) or W (9810 订仓单); goodsValue is the sum of the lines. */
export function buildCeb303(input: DeclarationInput, submission: Submission, ids: MessageIds): CebMessage<'CEB303'> {
  const currency = currencyCode(input.currency);
  const lines: ElementValues<'OrderList'>[] = input.lines.map((line, index) => ({
    gnum: String(index + 1),
    itemNo: line.itemNo,
    itemName: line.itemName,
    itemDescribe: line.itemDescribe,
    barCode: line.barCode || undefined,
    unit: line.unit,
    currency,
    qty: cebDecimal(line.quantity),
    price: cebMoney(line.unitPrice, input.currency),
    totalPrice: cebMoney(lineTotal(line), input.currency),
    note: line.note,
  }));
  const goodsValue = input.lines.reduce((sum, line) => sum + lineTotal(line), 0);
  return linedMessage(
    'CEB303',
    submission,
    ids,
    {
      orderType: ORDER_TYPE[input.tradeMode],
      orderNo: input.orderNo,
      ...parties({ ebp: input.ebp, ebc: input.ebc }),
      goodsValue: cebMoney(goodsValue, input.currency),
      freight: cebMoney(input.freight, input.currency),
      currency,
      note: input.note,
    },
    lines,
  );
}
