/**
 * `npm run bench:customs`: the whole customs pipeline over 10,000 CEB603 inventories made from the
 * demo park's shipments (each with its own order and waybill number), step by step on one core:
 * pre-check, build (model + XML), XSD validation (xmllint-wasm), XML-DSig signing with RSA-SHA1 and
 * with SM2/SM3, the DXP envelope, sending through the platform's HTTP gateway to the single-window
 * simulator (its own process, so its checks run on the other core; 16 messages in flight), and
 * applying every receipt delivered by then to its filing (the platform's applyReceiptDelivery on PGlite).
 * Prints messages per second per step and for the whole pipeline with either algorithm, by the clock
 * and per second of CPU time (the CPU-bound steps; the figure that holds on a loaded machine). Knobs:
 * BENCH_INVENTORIES (10000). Writes bench/results/customs.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildCeb603, precheckDeclaration, toXml, wrap, type DeclarationInput } from '@tradewind/customs';
import { createMessageSigner, makeTestCredentials, type SigningAlgorithm } from '@tradewind/customs/signing';
import { validateMessages } from '@tradewind/customs/xsd';
import { startCustomsSimulator } from '@tradewind/simulators/customs';
import { SINGLE_WINDOW_ID } from '../apps/platform/src/customs/declaration-input.ts';
import { GatewayUnavailable } from '../apps/platform/src/customs/gateways/gateway.ts';
import { singleWindowHttpGateway } from '../apps/platform/src/customs/gateways/single-window-http.ts';
import { applyReceiptDelivery } from '../apps/platform/src/customs/receipts.ts';
import { openDatabase } from '../apps/platform/src/db/open.ts';
import { migrate } from '../apps/platform/src/db/migrate.ts';
import { writeDocumentsIn } from '../apps/platform/src/sync/sql-sync-store.ts';
import { demoParkDeclarations } from '../packages/customs/src/cli/demo-park.ts';
import { benchSettings } from './settings.ts';

const { inventories: COUNT } = benchSettings({ inventories: 10_000 });
const RESULTS = new URL('results/customs.json', import.meta.url);
const IN_FLIGHT = 16;
const PER_FILING = 100;
const TENANT = 'bench-customs';
const SENDER = { copCode: '4417960B2C', copName: '阳江市利锋刀剪制品有限公司', dxpId: 'DXPENT4417960B2C' } as const;

const inventoriesOnly = demoParkDeclarations()
  .map(({ input }) => input)
  .filter((input) => precheckDeclaration(input).route === 'inventory');
const inputs: DeclarationInput[] = Array.from({ length: COUNT }, (_, index) => {
  const base = inventoriesOnly[index % inventoriesOnly.length]!;
  const serial = String(index).padStart(6, '0');
  return { ...base, orderNo: `${base.orderNo}-${serial}`, copNo: `${base.copNo}-${serial}`, logistics: { ...base.logistics, waybillNo: `LX${serial}${index % 10}CN` } };
});
const submission = { at: '2026-11-23T02:00:00Z', appType: '1', appStatus: '2', sender: SENDER } as const;
const id = (index: number, part: number) => `0190F2A4-${String(part).padStart(4, '0')}-7000-8000-${String(index).padStart(12, '0')}`;
const ids = inputs.map((_, index) => ({ messageGuid: id(index, 1), documentGuid: id(index, 2) }));

interface Timed<T> {
  value: T;
  seconds: number;
  /** CPU time of this process (all its threads) during the step: what the step costs on a loaded machine. */
  cpuSeconds: number;
}

/** Times one step and says its rate at once, so a long run shows its figures as it goes. */
const timed = async <T>(label: string, step: () => Promise<T> | T): Promise<Timed<T>> => {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const value = await step();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${label}: ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of CPU`);
  return { value, seconds, cpuSeconds };
};

/** Runs `work` over every item with at most `limit` at once. */
async function eachInFlight<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

const precheck = await timed('precheck', () => inputs.filter((input) => precheckDeclaration(input).ok).length);
const build = await timed('build', () => inputs.map((input, index) => ({ name: input.orderNo, xml: toXml(buildCeb603(input, submission, ids[index]!)) })));
const validate = await timed('validate', () => validateMessages(build.value));
const invalid = validate.value.filter((result) => !result.valid).length;
if (precheck.value !== COUNT || invalid > 0) throw new Error(`bench inputs must be valid: ${COUNT - precheck.value} failed the pre-check, ${invalid} the XSD`);

const credentials = Object.fromEntries((['rsa-sha1', 'sm2-sm3'] as SigningAlgorithm[]).map((algorithm) => [algorithm, makeTestCredentials(algorithm)]));
const sign = async (algorithm: SigningAlgorithm) => {
  const signer = createMessageSigner({ algorithm, privateKey: credentials[algorithm]!.privateKey, certificate: credentials[algorithm]!.certificate });
  return timed(`sign ${algorithm}`, () => build.value.map((message) => signer.sign(message.xml)));
};
const signRsa = await sign('rsa-sha1');
const signSm2 = await sign('sm2-sm3');
const envelope = await timed('envelope', () =>
  signRsa.value.map((xml, index) => wrap(xml, { copMsgId: ids[index]!.messageGuid, senderId: SENDER.dxpId, receiverIds: [SINGLE_WINDOW_ID], createdAt: submission.at })),
);

const simulator = await startCustomsSimulator();
const db = await openDatabase({});
try {
  for (const code of new Set([SENDER.copCode, ...inputs.map((input) => input.ebc.code)])) await simulator.registerCertificate(code, credentials['rsa-sha1']!.certificate);
  const gateway = singleWindowHttpGateway(simulator.url);
  // As the job queue does: a send whose answer did not come is sent again, and the single window's `duplicate` counts as sent.
  const sendOnce = async (body: string, index: number): Promise<void> => {
    try {
      await gateway.send({ envelope: body, copMsgId: ids[index]!.messageGuid, senderId: SENDER.dxpId });
    } catch (error) {
      if (!(error instanceof GatewayUnavailable)) throw error;
      await sendOnce(body, index);
    }
  };
  const send = await timed('send', () => eachInFlight(envelope.value, IN_FLIGHT, sendOnce));
  const accepted = (await simulator.declarations()).length;
  if (accepted !== COUNT) throw new Error(`the simulator took ${accepted} of ${COUNT} messages`);

  // What the platform recorded when it sent them: one filing per 100 inventories, each message by its guid.
  await migrate(db);
  const filingOf = (index: number) => `bench-filing-${Math.floor(index / PER_FILING)}`;
  const now = new Date().toISOString();
  const filingIds = [...new Set(inputs.map((_, index) => filingOf(index)))];
  await db.transaction((q) =>
    writeDocumentsIn(q, TENANT, (tx) =>
      tx.write(
        'filings',
        filingIds.map((filingId) => ({
          id: filingId,
          updatedAt: now,
          kind: 'ceb603-inventory',
          status: 'submitted',
          title: filingId,
          orderIds: [],
          payload: {},
          createdAt: now,
          revision: 1,
          customsStatus: 'sent',
          receipts: [],
          messages: [],
          _deleted: false,
        })),
      ),
    ),
  );
  await db.query(
    `INSERT INTO customs_messages (message_guid, document_guid, tenant_id, filing_id, revision, type, cop_no, order_no, app_type, sent_at)
     SELECT m, d, $3, f, 1, 'CEB603', c, c, '1', now() FROM unnest($1::text[], $2::text[], $4::text[], $5::text[]) AS t(m, d, f, c)`,
    [ids.map((entry) => entry.messageGuid), ids.map((entry) => entry.documentGuid), TENANT, inputs.map((_, index) => filingOf(index)), inputs.map((input) => input.copNo)],
  );
  const deliveries = await gateway.receive(SENDER.dxpId);
  const apply = await timed('apply receipts', async () => {
    for (const delivery of deliveries) await applyReceiptDelivery(db, { sourceKey: delivery.key, tenantId: TENANT, xml: delivery.xml }, { summaryQuietMs: 0 });
  });
  // The simulator's clock runs while the batch is sent, so the first inventories may have walked several statuses by now.
  const [{ applied, answered }] = (await db.query<{ applied: number; answered: number }>('SELECT count(*)::int AS applied, count(DISTINCT document_guid)::int AS answered FROM customs_receipts')) as [
    { applied: number; answered: number },
  ];
  if (applied !== deliveries.length || answered !== COUNT) throw new Error(`${applied} of ${deliveries.length} receipts applied, ${answered} of ${COUNT} inventories answered`);

  const perSecond = (seconds: number) => Math.round(COUNT / seconds);
  const shared = precheck.seconds + build.seconds + validate.seconds + envelope.seconds + send.seconds + apply.seconds;
  const cpuBound = { precheck, build, validate, signRsaSha1: signRsa, signSm2Sm3: signSm2, envelope };
  const perCpuSecond = (...steps: Timed<unknown>[]) => perSecond(steps.reduce((sum, step) => sum + step.cpuSeconds, 0));
  const result = {
    inventories: COUNT,
    receipts: deliveries.length,
    averageXmlBytes: Math.round(build.value.reduce((sum, message) => sum + Buffer.byteLength(message.xml), 0) / COUNT),
    perSecond: {
      ...Object.fromEntries(Object.entries(cpuBound).map(([step, measured]) => [step, perSecond(measured.seconds)])),
      send: perSecond(send.seconds),
      receiptApply: Math.round(deliveries.length / apply.seconds),
      pipelineRsaSha1: perSecond(shared + signRsa.seconds),
      pipelineSm2Sm3: perSecond(shared + signSm2.seconds),
    },
    // Messages per second of one core's time, whatever else the machine runs.
    perCpuSecond: {
      ...Object.fromEntries(Object.entries(cpuBound).map(([step, measured]) => [step, perCpuSecond(measured)])),
      // The goal (≥ 200/s on one core): what the platform itself does per message.
      buildValidateSignRsaSha1: perCpuSecond(build, validate, signRsa),
      buildValidateSignSm2Sm3: perCpuSecond(build, validate, signSm2),
    },
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg().map((value) => Number(value.toFixed(2))) },
  };
  mkdirSync(new URL('.', RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await db.close();
  await simulator.stop();
}
