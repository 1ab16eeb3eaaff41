import { countryCode, currencyCode, headStart, messageFrame } from './common.ts';
import type { DeclarationInput, MessageIds, Submission } from './declaration.ts';
import type { Ceb603Message, InventoryList } from './elements.ts';
import { cebDate, cebDecimal, cebKilograms, cebMoney } from './format.ts';

/** Spec: 没有条形码填“无”. */
export const NO_BARCODE = '无';
/** fFlag / iFlag 3: the amount is a total. */
const TOTAL_AMOUNT = '3';

const optionalDecimal = (value: number | undefined): string | undefined => (value === undefined ? undefined : cebDecimal(value));

/** CEB603 申报清单 (ieFlag E) for trade mode 9610, 9710 or 9810; gnum matches the order's lines. */
export function buildCeb603(input: DeclarationInput, submission: Submission, ids: MessageIds): Ceb603Message {
  const currency = currencyCode(input.currency);
  const country = countryCode(input.destinationCountry);
  const { logistics } = input;
  const lines: InventoryList[] = input.lines.map((line, index) => ({
    gnum: String(index + 1),
    itemNo: line.itemNo,
    itemRecordNo: line.itemRecordNo,
    itemName: line.itemName,
    gcode: line.hsCode,
    gname: line.gname,
    gmodel: line.gmodel,
    barCode: line.barCode || NO_BARCODE,
    country,
    currency,
    qty: cebDecimal(line.quantity),
    qty1: cebDecimal(line.qty1),
    qty2: optionalDecimal(line.qty2),
    unit: line.unit,
    unit1: line.unit1,
    unit2: line.unit2,
    price: cebMoney(line.unitPrice, input.currency),
    totalPrice: cebMoney(line.quantity * line.unitPrice, input.currency),
    note: line.note,
  }));
  return {
    kind: 'CEB603',
    ...messageFrame(submission, ids),
    documents: [
      {
        head: {
          ...headStart(submission, ids),
          customsCode: input.customsCode,
          ebpCode: input.ebp.code,
          ebpName: input.ebp.name,
          orderNo: input.orderNo,
          logisticsCode: logistics.carrier.code,
          logisticsName: logistics.carrier.name,
          logisticsNo: logistics.waybillNo,
          copNo: input.copNo,
          ieFlag: 'E',
          portCode: input.portCode,
          ieDate: cebDate(input.exportDate),
          statisticsFlag: input.statisticsFlag,
          agentCode: input.agent.code,
          agentName: input.agent.name,
          ebcCode: input.ebc.code,
          ebcName: input.ebc.name,
          ownerCode: input.owner.code,
          ownerName: input.owner.name,
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
      },
    ],
  };
}
