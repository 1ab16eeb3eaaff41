/**
 * `npm run bench:customs`: the customs pipeline's pure steps over 10,000 CEB603 inventories made from
 * the demo park's shipments (each with its own order and waybill number): pre-check, build (model +
 * XML) and XSD validation with xmllint-wasm, in messages per second on one core. Signing figures are
 * added by the signing step. Knob: BENCH_INVENTORIES (10000). Writes bench/results/customs-build.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildCeb603, precheckDeclaration, toXml, type DeclarationInput } from '@tradewind/customs';
import { validateMessages } from '@tradewind/customs/xsd';
import { demoParkDeclarations } from '../packages/customs/src/cli/demo-park.ts';

const COUNT = Number(process.env.BENCH_INVENTORIES ?? 10_000);
const RESULTS = new URL('results/customs-build.json', import.meta.url);

const inventoriesOnly = demoParkDeclarations()
  .map(({ input }) => input)
  .filter((input) => precheckDeclaration(input).route === 'inventory');
const inputs: DeclarationInput[] = Array.from({ length: COUNT }, (_, index) => {
  const base = inventoriesOnly[index % inventoriesOnly.length]!;
  const serial = String(index).padStart(6, '0');
  return { ...base, orderNo: `${base.orderNo}-${serial}`, copNo: `${base.copNo}-${serial}`, logistics: { ...base.logistics, waybillNo: `LX${serial}${index % 10}CN` } };
});
const submission = { at: '2026-11-23T02:00:00Z', appType: '1', appStatus: '2', sender: { copCode: '4417960B2C', copName: '阳江市利锋刀剪制品有限公司', dxpId: 'DXPENT0000000001' } } as const;
const id = (index: number, part: number) => `0190f2a4-${String(part).padStart(4, '0')}-7000-8000-${String(index).padStart(12, '0')}`;

const timed = async <T>(step: () => Promise<T> | T): Promise<{ value: T; seconds: number }> => {
  const start = process.hrtime.bigint();
  const value = await step();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
};

const precheck = await timed(() => inputs.filter((input) => precheckDeclaration(input).ok).length);
const build = await timed(() => inputs.map((input, index) => ({ name: input.orderNo, xml: toXml(buildCeb603(input, submission, { messageGuid: id(index, 1), documentGuid: id(index, 2) })) })));
const validate = await timed(() => validateMessages(build.value));
const invalid = validate.value.filter((result) => !result.valid).length;
if (precheck.value !== COUNT || invalid > 0) throw new Error(`bench inputs must be valid: ${COUNT - precheck.value} failed the pre-check, ${invalid} the XSD`);

const perSecond = (seconds: number) => Math.round(COUNT / seconds);
const result = {
  inventories: COUNT,
  averageXmlBytes: Math.round(build.value.reduce((sum, message) => sum + Buffer.byteLength(message.xml), 0) / COUNT),
  precheckPerSecond: perSecond(precheck.seconds),
  buildPerSecond: perSecond(build.seconds),
  validatePerSecond: perSecond(validate.seconds),
  buildAndValidatePerSecond: perSecond(build.seconds + validate.seconds),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg().map((value) => Number(value.toFixed(2))) },
};
mkdirSync(new URL('.', RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
