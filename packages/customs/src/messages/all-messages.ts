import { buildCeb213 } from './ceb213.ts';
import { buildCeb605 } from './ceb605.ts';
import { buildCeb607 } from './ceb607.ts';
import { buildCeb701, summaryCandidate, summaryGroups } from './ceb701.ts';
import type { DeclarationInput, MessageIds, Submission } from './declaration.ts';
import type { AnyCebMessage } from './elements.ts';
import { buildExportDeclaration } from './export-declaration.ts';

/**
 * Every message the product makes over one declaration's life, with the numbers customs would have
 * given it (invtNo): order and inventory, the master-bill link, the summary request (B flag), a cancel
 * and a return of the first line. Used by the CLI's `sample` and by the tests.
 */
export function lifecycleMessages(input: DeclarationInput, invtNo: string, submission: Submission, ids: (n: number) => MessageIds): AnyCebMessage[] {
  const declaration = buildExportDeclaration(input, submission, { order: ids(1), inventory: ids(2) });
  if (declaration.route === 'customs_declaration') return [declaration.order];
  const { logistics } = input;
  const messages: AnyCebMessage[] = [declaration.order, declaration.inventory];
  messages.push(
    buildCeb607(
      {
        customsCode: input.customsCode,
        copNo: `${input.copNo.slice(0, 27)}-WB`,
        agent: input.agent,
        carrier: logistics.carrier,
        loctNo: input.loctNo,
        trafMode: logistics.trafMode,
        trafName: logistics.trafName ?? logistics.carrier.name,
        voyageNo: logistics.voyageNo ?? 'TBA',
        billNo: logistics.billNo ?? logistics.waybillNo,
        grossWeightG: logistics.grossWeightG,
        parcels: [{ logisticsNo: logistics.waybillNo, totalPackageNo: logistics.totalPackageNo, invtNo }],
      },
      submission,
      ids(3),
    ),
  );
  const [group] = summaryGroups([summaryCandidate(input, invtNo)], '1');
  if (group) messages.push(buildCeb701(group, { copNo: `${input.copNo.slice(0, 27)}-SU`, declAgent: input.agent, summaryFlag: '1', byItemName: true }, submission, ids(4)));
  messages.push(buildCeb605({ customsCode: input.customsCode, copNo: `${input.copNo.slice(0, 27)}-CA`, invtNo, reason: '买家取消订单', agent: input.agent, ebc: input.ebc }, submission, ids(5)));
  const [first] = input.lines;
  if (first) {
    messages.push(
      buildCeb213(
        {
          original: input,
          invtNo,
          copNo: `${input.copNo.slice(0, 27)}-RT`,
          reason: '买家退货',
          returned: [{ lineId: first.lineId, quantity: first.quantity }],
          carrier: logistics.carrier,
          logisticsNo: logistics.waybillNo,
          trafMode: logistics.trafMode,
          trafName: logistics.trafName ?? logistics.carrier.name,
          voyageNo: logistics.voyageNo ?? 'TBA',
          portCode: input.portCode,
        },
        submission,
        ids(6),
      ),
    );
  }
  return messages;
}
