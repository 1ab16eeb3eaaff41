import type { ReceiptInput } from '@tradewind/customs';
import type { ReceivedDeclaration } from './declaration-fields.ts';

/** Customs' numbers for the serial-th declaration it received, 18 characters each as the XSD wants. */
export function customsNumbers(customsCode: string, atMs: number, serial: number) {
  const prefix = `${customsCode || '0000'}${new Date(atMs).getUTCFullYear()}`;
  const tail = String(serial).padStart(9, '0');
  return { invtNo: `${prefix}E${tail}`, preNo: `B${String(serial).padStart(17, '0')}`, sumNo: `${prefix}S${tail}`, declSeqNo: `${prefix}D${tail}`, entryId: `${prefix}0${tail}` };
}

/** Sums decimal kilogram texts exactly (the XSD's decimal19.5) and writes the result with five decimals. */
function sumKilograms(values: string[]): string {
  const total = values.reduce((sum, value) => sum + BigInt(Math.round(Number(value || '0') * 100_000)), 0n);
  return `${total / 100_000n}.${String(total % 100_000n).padStart(5, '0')}`;
}

/**
 * The CEB792 汇总结果单 of an approved summary request: its head answers the request (same guid, so
 * the enterprise can match it), its lines name every goods line of the inventories summarised.
 */
export function summaryResult(summary: ReceivedDeclaration, serial: number, atMs: number, inventories: { invtNo: string; declaration: ReceivedDeclaration }[]): ReceiptInput<'CEB792'> {
  const numbers = customsNumbers(summary.customsCode, atMs, serial);
  let gseqno = 0;
  return {
    guid: summary.documentGuid,
    at: new Date(atMs).toISOString(),
    message: '汇总结果已生成',
    documents: {
      customsCode: summary.customsCode,
      sumNo: numbers.sumNo,
      declSeqNo: numbers.declSeqNo,
      entryId: numbers.entryId,
      // The spec leaves decState's values to customs; 1 is this simulator's "declaration generated".
      decState: '1',
      agentCode: summary.agentCode,
      agentName: summary.agentName,
      ebcCode: summary.ebcCode,
      ebcName: summary.ebcName,
      declAgentCode: summary.declAgentCode,
      declAgentName: summary.declAgentName,
      grossWeight: sumKilograms(inventories.map(({ declaration }) => declaration.grossWeight)),
      netWeight: sumKilograms(inventories.map(({ declaration }) => declaration.netWeight)),
      msgCount: '1',
      msgSeqNo: '1',
    },
    lines: inventories.flatMap(({ invtNo, declaration }) =>
      declaration.lines.map((line) => ({ invtNo, logisticsNo: declaration.logisticsNo, gseqno: String(++gseqno), gnum: line.gnum, gcode: line.gcode })),
    ),
  };
}
