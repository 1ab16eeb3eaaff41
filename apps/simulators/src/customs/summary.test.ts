import { buildCeb603, buildCeb701, parseReceipt, summaryCandidate, summaryGroups, toXml, wrap, type Receipt } from '@tradewind/customs';
import { makeTestCredentials, signMessage } from '@tradewind/customs/signing';
import { validateMessage } from '@tradewind/customs/xsd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBMISSION, testDeclaration, testIds } from '../../../../packages/customs/src/messages/test-declarations.ts';
import { createCustomsSimulator } from './server.ts';

const DXP_ID = 'DXPENT4417960B2C';
const credentials = makeTestCredentials('sm2-sm3');
const app = createCustomsSimulator({ clockStartMs: Date.parse('2026-10-20T02:00:00Z') });

beforeAll(async () => {
  await app.ready();
  await app.inject({ method: 'POST', url: '/admin/certificates', payload: { copCode: TEST_SUBMISSION.sender.copCode, certificate: credentials.certificate } });
});
afterAll(() => app.close());

const send = async (xml: string, messageGuid: string) => {
  const signed = signMessage(xml, { algorithm: credentials.algorithm, privateKey: credentials.privateKey, certificate: credentials.certificate });
  const envelope = wrap(signed, { copMsgId: messageGuid, senderId: DXP_ID, receiverIds: ['DXPEDCCEB0000002'], createdAt: TEST_SUBMISSION.at });
  const response = await app.inject({ method: 'POST', url: '/dxp/messages', headers: { 'content-type': 'application/xml' }, payload: envelope });
  return response.json() as { result?: string; code?: string };
};
const advance = (minutes: number) => app.inject({ method: 'POST', url: '/admin/clock/advance', payload: { minutes } });
/** Every receipt delivered since the last call, each checked against the XSD. */
const receipts = async (): Promise<Receipt[]> => {
  const delivered = (await app.inject({ method: 'GET', url: `/dxp/receipts?receiver=${DXP_ID}` })).json() as { receipts: { id: string; xml: string }[] };
  await app.inject({ method: 'POST', url: '/dxp/receipts/ack', payload: { receiver: DXP_ID, ids: delivered.receipts.map((d) => d.id) } });
  for (const { xml } of delivered.receipts) {
    const inner = Buffer.from(/<Data>([^<]+)<\/Data>/.exec(xml)![1]!, 'base64').toString('utf8');
    expect((await validateMessage(inner)).errors).toEqual([]);
  }
  return delivered.receipts.flatMap(({ xml }) => parseReceipt(xml).receipts);
};

const inventories = [
  testDeclaration({ orderNo: 'YJ03-000201', copNo: 'YJ03-000201' }),
  testDeclaration({ orderNo: 'YJ03-000202', copNo: 'YJ03-000202' }),
  testDeclaration({ orderNo: 'YJ03-000203', copNo: 'YJ03-000203', statisticsFlag: 'A' }),
];
const summaryOf = (invtNos: string[], copNo: string, n: number) => {
  const candidates = invtNos.map((invtNo, index) => summaryCandidate(inventories[index]!, invtNo));
  const [group] = summaryGroups(candidates, '1');
  const ids = testIds(n);
  return { ids, xml: toXml(buildCeb701({ ...group!, invtNos }, { copNo, declAgent: inventories[0]!.agent, summaryFlag: '1', byItemName: true }, TEST_SUBMISSION, ids)) };
};

describe('the single window answers a CEB701 summary request', () => {
  const invtNos: string[] = [];
  it('of released B-flag inventories with CEB702 2 → 120 → 399 and later a CEB792 result naming every line, all valid against the XSD', async () => {
    for (const [index, input] of inventories.entries())
      expect((await send(toXml(buildCeb603(input, TEST_SUBMISSION, testIds(100 + index))), testIds(100 + index).messageGuid)).result).toBe('accepted');
    await advance(180);
    const released = (await receipts()).flatMap((receipt) => (receipt.type === 'CEB604' && receipt.status.code === '800' ? [receipt] : []));
    invtNos.push(...inventories.map((input) => released.find((receipt) => receipt.documents.copNo === input.copNo)!.documents.invtNo));

    const summary = summaryOf(invtNos.slice(0, 2), 'SUM202610-1', 200);
    expect(await send(summary.xml, summary.ids.messageGuid)).toEqual({ result: 'accepted' });
    expect((await receipts()).map((receipt) => [receipt.type, receipt.status.code])).toEqual([['CEB702', '2']]);
    await advance(30);
    const reviewed = await receipts();
    expect(reviewed.map((receipt) => [receipt.type, receipt.status.code])).toEqual([
      ['CEB702', '120'],
      ['CEB702', '399'],
    ]);
    const sumNo = reviewed[1]!.type === 'CEB702' ? reviewed[1]!.documents.sumNo : undefined;
    expect(sumNo).toHaveLength(18);
    await advance(30);
    const [result, ...rest] = await receipts();
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ type: 'CEB792', guid: summary.ids.documentGuid.toUpperCase(), documents: { sumNo, customsCode: '6870', grossWeight: '9.12000', netWeight: '5.04000' } });
    expect(result!.type === 'CEB792' && result!.lines.map((line) => [line.invtNo, line.gseqno, line.gcode])).toEqual([
      [invtNos[0], '1', '8211920000'],
      [invtNos[1], '2', '8211920000'],
    ]);
  });

  it('refuses an inventory summarised already, a simplified (A) one and a number it never released', async () => {
    const twice = summaryOf([invtNos[0]!], 'SUM202610-2', 201);
    const simplified = summaryOf([invtNos[2]!], 'SUM202610-3', 202);
    const unknown = summaryOf(['6870202600E99999999'], 'SUM202610-4', 203);
    for (const summary of [twice, simplified, unknown]) await send(summary.xml, summary.ids.messageGuid);
    const answers = (await receipts()).map((receipt) => [receipt.guid, receipt.status.code, receipt.message]);
    expect(answers).toEqual([
      [twice.ids.documentGuid.toUpperCase(), '100', `清单${invtNos[0]}已在汇总申请单SUM202610-1中汇总`],
      [simplified.ids.documentGuid.toUpperCase(), '100', `清单${invtNos[2]}为简化申报（A），不能汇总`],
      [unknown.ids.documentGuid.toUpperCase(), '-623003', '系统中不存在清单编号为6870202600E99999999的已放行清单！'],
    ]);
  });

  it('turns a summary request down on request with customs’ reason, then takes the fixed one resent as a change (appType 2) through to its CEB792', async () => {
    const more = [testDeclaration({ orderNo: 'YJ03-000204', copNo: 'YJ03-000204' }), testDeclaration({ orderNo: 'YJ03-000205', copNo: 'YJ03-000205' })];
    for (const [index, input] of more.entries()) await send(toXml(buildCeb603(input, TEST_SUBMISSION, testIds(300 + index))), testIds(300 + index).messageGuid);
    await advance(180);
    const released = (await receipts()).flatMap((receipt) => (receipt.type === 'CEB604' && receipt.status.code === '800' ? [receipt.documents.invtNo] : []));
    expect(released).toHaveLength(2);
    const reason = '报关单位信息与备案不符，请核对后重新申报';
    expect((await app.inject({ method: 'POST', url: '/admin/reject-next', payload: { count: 1, reason, type: 'CEB701' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/admin/reject-next', payload: { count: 1, reason, type: 'CEB999' } })).statusCode).toBe(400);

    const first = summaryOf(released, 'SUM202610-5', 401);
    expect(await send(first.xml, first.ids.messageGuid)).toEqual({ result: 'accepted' });
    await advance(120);
    expect((await receipts()).map((receipt) => [receipt.type, receipt.guid, receipt.status.code, receipt.message])).toEqual([
      ['CEB702', first.ids.documentGuid.toUpperCase(), '2', '电子口岸申报中'],
      ['CEB702', first.ids.documentGuid.toUpperCase(), '100', reason],
    ]);

    // The same copNo, resent as a change with new guids: not a duplicate, and no inventory counts as summarised by the refused one.
    const resent = summaryOf(released, 'SUM202610-5', 402);
    const change = toXml(
      buildCeb701(
        summaryGroups(
          released.map((invtNo, index) => summaryCandidate(more[index]!, invtNo)),
          '1',
        )[0]!,
        { copNo: 'SUM202610-5', declAgent: more[0]!.agent, summaryFlag: '1', byItemName: true },
        { ...TEST_SUBMISSION, appType: '2' },
        resent.ids,
      ),
    );
    expect(await send(change, resent.ids.messageGuid)).toEqual({ result: 'accepted' });
    await advance(90);
    const walked = await receipts();
    expect(walked.map((receipt) => [receipt.type, receipt.guid, receipt.status.code])).toEqual([
      ['CEB702', resent.ids.documentGuid.toUpperCase(), '2'],
      ['CEB702', resent.ids.documentGuid.toUpperCase(), '120'],
      ['CEB702', resent.ids.documentGuid.toUpperCase(), '399'],
      ['CEB792', resent.ids.documentGuid.toUpperCase(), expect.any(String)],
    ]);
    const result = walked.at(-1)!;
    expect(result.type === 'CEB792' && [...new Set(result.lines.map((line) => line.invtNo))].sort()).toEqual([...released].sort());
    const declared = (await app.inject({ method: 'GET', url: '/admin/declarations' })).json() as { copNo: string; appType: string; statuses: string[] }[];
    expect(declared.filter((entry) => entry.copNo === 'SUM202610-5').map((entry) => [entry.appType, entry.statuses.at(-1)])).toEqual([
      ['1', '100'],
      ['2', '399'],
    ]);
  });
});
