import { countryCode, currencyCode, declaredGoods, linedMessage, parties } from './common.ts';
import type { DeclarationInput, MessageIds, Submission } from './declaration.ts';
import type { CebMessage, ElementValues } from './elements.ts';
import { cebDate, cebKilograms, cebMoney } from './format.ts';

/** Spec: 没有条形码填“无”. */
export const NO_BARCODE = '无';
/** fFlag / iFlag 3: the amount is a total. */
const TOTAL_AMOUNT = '3';

/** CEB603 申报清单 (ieFlag E) for trade mode 9610, 9710 or 9810; gnum matches the order's lines. */
export function buildCeb603(input: DeclarationInput, submission: Submission, ids: MessageIds): CebMessage<'CEB603'> {
  const currency = currencyCode(input.currency);
  const country = countryCode(input.destinationCountry);
  const { logistics } = input;
  const lines: ElementValues<'InventoryList'>[] = input.lines.map((line, index) => ({
    gnum: String(index + 1),
    itemNo: line.itemNo,
    itemRecordNo: line.itemRecordNo,
    itemName: line.itemName,
    ...declaredGoods(line),
    barCode: line.barCode || NO_BARCODE,
    country,
    currency,
    price: cebMoney(line.unitPrice, input.currency),
    totalPrice: cebMoney(line.quantity * line.unitPrice, input.currency),
    note: line.note,
  }));
  return linedMessage(
    'CEB603',
    submission,
    ids,
    {
      customsCode: input.customsCode,
      ...parties({ ebp: input.ebp, logistics: logistics.carrier, agent: input.agent, ebc: input.ebc, owner: input.owner }),
      orderNo: input.orderNo,
      logisticsNo: logistics.waybillNo,
      copNo: input.copNo,
      ieFlag: 'E',
      portCode: input.portCode,
      ieDate: cebDate(input.exportDate),
      statisticsFlag: input.statisticsFlag,
      tradeMode: input.tradeMode,
      trafMode: logistics.trafMode,
      trafName: logistics.trafName,
      voyageNo: logistics.voyageNo,
      billNo: logistics.billNo,
      totalPackageNo: logistics.totalPackageNo,
      loctNo: input.loctNo,
      licenseNo: input.licenseNo,
      country,
      POD: input.pod,
      freight: cebMoney(input.freight, input.currency),
      fCurrency: currency,
      fFlag: TOTAL_AMOUNT,
      insuredFee: cebMoney(input.insuredFee, input.currency),
      iCurrency: currency,
      iFlag: TOTAL_AMOUNT,
      wrapType: logistics.wrapType,
      packNo: String(logistics.packages),
      grossWeight: cebKilograms(logistics.grossWeightG),
      netWeight: cebKilograms(logistics.netWeightG),
      note: input.note,
    },
    lines,
  );
}
