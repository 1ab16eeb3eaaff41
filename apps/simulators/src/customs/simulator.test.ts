import { buildCeb303, buildCeb603, parseReceipt, toXml, wrap } from '@tradewind/customs';
import { makeTestCredentials, signMessage } from '@tradewind/customs/signing';
import { validateMessage } from '@tradewind/customs/xsd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBMISSION, testDeclaration, testIds, testLine } from '../../../../packages/customs/src/messages/test-declarations.ts';
import { createCustomsSimulator } from './server.ts';

const MERCHANT = TEST_SUBMISSION.sender.copCode;
const DXP_ID = 'DXPENT4417960B2C';
const credentials = makeTestCredentials('rsa-sha1');
const app = createCustomsSimulator();

beforeAll(async () => {
  await app.ready();
  await app.inject({ method: 'POST', url: '/admin/certificates', payload: { copCode: MERCHANT, certificate: credentials.certificate } });
});
afterAll(() => app.close());

const signed = (xml: string, key = credentials) => signMessage(xml, { algorithm: key.algorithm, privateKey: key.privateKey, certificate: key.certificate });
const envelope = (xml: string, copMsgId: string) => wrap(xml, { copMsgId, senderId: DXP_ID, receiverIds: ['DXPEDCCEB0000002'], createdAt: TEST_SUBMISSION.at });
const send = async (body: string) => {
  const response = await app.inject({ method: 'POST', url: '/dxp/messages', headers: { 'content-type': 'application/xml' }, payload: body });
  return { status: response.statusCode, body: response.json() as { result?: string; code?: string; message?: string } };
};
const inventory = (n: number, overrides: Parameters<typeof testDeclaration>[0] = {}) => {
  const ids = testIds(n);
  return {
    ids,
    xml: signed(toXml(buildCeb603(testDeclaration({ orderNo: `YJ01-0009${String(n).padStart(2, '0')}`, copNo: `YJ01-0009${String(n).padStart(2, '0')}`, ...overrides }), TEST_SUBMISSION, ids))),
  };
};
const receipts = async () => {
  const response = await app.inject({ method: 'GET', url: `/dxp/receipts?receiver=${DXP_ID}` });
  const delivered = (response.json() as { receipts: { id: string; xml: string }[] }).receipts;
  await app.inject({ method: 'POST', url: '/dxp/receipts/ack', payload: { receiver: DXP_ID, ids: delivered.map((d) => d.id) } });
  return delivered.map((d) => parseReceipt(d.xml).receipts[0]!);
};

describe('the single-window simulator', () => {
  it('walks an inventory through 2 → 120 → 300/500 → 399 → 800 → 899 on its clock, with receipts that validate against the XSD', async () => {
    const { ids, xml } = inventory(1);
    expect(await send(envelope(xml, ids.messageGuid))).toEqual({ status: 200, body: { result: 'accepted' } });
    expect((await receipts()).map((r) => r.status.code)).toEqual(['2']);
    await app.inject({ method: 'POST', url: '/admin/clock/advance', payload: { minutes: 180 } });
    const response = await app.inject({ method: 'GET', url: `/dxp/receipts?receiver=${DXP_ID}` });
    const delivered = (response.json() as { receipts: { xml: string }[] }).receipts;
    const later = delivered.map((d) => parseReceipt(d.xml).receipts[0]!);
    expect(later.map((r) => r.status.code)).toEqual(['120', '300', '399', '800', '899']);
    expect(later.every((r) => r.type === 'CEB604' && r.guid === ids.documentGuid.toUpperCase())).toBe(true);
    for (const d of delivered) {
      const inner = Buffer.from(/<Data>([^<]+)<\/Data>/.exec(d.xml)![1]!, 'base64').toString('utf8');
      expect((await validateMessage(inner)).valid).toBe(true);
    }
  });

  it('recognises the same message sent again as a duplicate, not a second declaration', async () => {
    const { ids, xml } = inventory(2);
    expect((await send(envelope(xml, ids.messageGuid))).body.result).toBe('accepted');
    expect((await send(envelope(xml, ids.messageGuid))).body.result).toBe('duplicate');
    const list = (await app.inject({ method: 'GET', url: '/admin/declarations' })).json() as { messageGuid: string; received: number }[];
    expect(list.filter((d) => d.messageGuid === ids.messageGuid.toUpperCase())).toEqual([expect.objectContaining({ received: 2 })]);
  });

  it('refuses a tampered message with 1001, a certificate it does not hold with 1001, a broken envelope with 0001 and a schema violation with 0002', async () => {
    const { ids, xml } = inventory(3);
    const tampered = xml.replace('<ceb:qty>12</ceb:qty>', '<ceb:qty>1</ceb:qty>');
    expect(tampered).not.toBe(xml);
    expect(await send(envelope(tampered, ids.messageGuid))).toMatchObject({ status: 400, body: { code: '1001' } });
    const stranger = makeTestCredentials('rsa-sha1');
    expect(await send(envelope(signed(toXml(buildCeb603(testDeclaration(), TEST_SUBMISSION, testIds(4))), stranger), 'x'))).toMatchObject({ status: 400, body: { code: '1001' } });
    expect(await send('<DxpMsg')).toMatchObject({ status: 400, body: { code: '0001' } });
    const invalid = inventory(5).xml.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, '');
    expect(await send(envelope(invalid, testIds(5).messageGuid))).toMatchObject({ status: 400, body: { code: '0002' } });
  });

  it('answers business errors with the spec negative codes: unknown ebcCode, an order number declared twice, a legal unit the HS code does not fix', async () => {
    await receipts();
    const unknown = inventory(6, { ebc: { code: '9999999999', name: '未知企业' } });
    await send(envelope(unknown.xml, unknown.ids.messageGuid));
    const first = inventory(7);
    await send(envelope(first.xml, first.ids.messageGuid));
    const again = { ids: testIds(8), xml: signed(toXml(buildCeb603(testDeclaration({ orderNo: 'YJ01-000907', copNo: 'YJ01-000907' }), TEST_SUBMISSION, testIds(8)))) };
    await send(envelope(again.xml, again.ids.messageGuid));
    const wrongUnit = inventory(9, { lines: [testLine({ unit1: '035', qty1: 2.52 })] });
    await send(envelope(wrongUnit.xml, wrongUnit.ids.messageGuid));
    const codes = (await receipts()).map((r) => [r.guid, r.status.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [unknown.ids.documentGuid.toUpperCase(), '-10102'],
        [again.ids.documentGuid.toUpperCase(), '-621004'],
        [wrongUnit.ids.documentGuid.toUpperCase(), '-621001'],
      ]),
    );
    expect(codes).toContainEqual([first.ids.documentGuid.toUpperCase(), '2']);
  });

  it('rejects the next N inventories with 100 and the reason, then accepts again', async () => {
    await receipts();
    await app.inject({ method: 'POST', url: '/admin/reject-next', payload: { count: 1, reason: '商品编码与申报要素不符' } });
    const rejected = inventory(10);
    await send(envelope(rejected.xml, rejected.ids.messageGuid));
    const accepted = inventory(11);
    await send(envelope(accepted.xml, accepted.ids.messageGuid));
    await app.inject({ method: 'POST', url: '/admin/clock/advance', payload: { minutes: 3 } });
    const got = await receipts();
    expect(got.filter((r) => r.guid === rejected.ids.documentGuid.toUpperCase()).map((r) => [r.status.code, r.message])).toEqual([
      ['2', '电子口岸申报中'],
      ['100', '商品编码与申报要素不符'],
    ]);
    expect(got.filter((r) => r.guid === accepted.ids.documentGuid.toUpperCase()).map((r) => r.status.code)).toEqual(['2', '120']);
    const order = toXml(buildCeb303(testDeclaration(), TEST_SUBMISSION, testIds(12)));
    expect((await send(envelope(signed(order), testIds(12).messageGuid))).body.result).toBe('accepted');
  });
});
