/**
 * `npm run bench:customs-sign`: XML-DSig signing and verification throughput of CEB603 inventory
 * messages, per algorithm (RSA-SHA1 with node:crypto, SM2/SM3 with sm-crypto), on one core.
 * Each message differs (its copNo), so nothing is cached. Knob: BENCH_MESSAGES (10000).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createMessageSigner, createMessageVerifier, makeTestCredentials, type SigningAlgorithm } from '../packages/customs/src/signing/index.ts';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const sample = readFileSync(new URL('../packages/customs/samples/CEB603Message.trimmed.xml', import.meta.url), 'utf8');
const messages = Array.from({ length: MESSAGES }, (_, i) => sample.replace('<ceb:copNo>', `<ceb:copNo>${i}-`));

function perSecond(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en')} msg/s`;
}

console.log(`customs signing: ${MESSAGES} CEB603 messages (${sample.length} chars each), ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
for (const algorithm of ['rsa-sha1', 'sm2-sm3'] as SigningAlgorithm[]) {
  const credentials = makeTestCredentials(algorithm);
  const signer = createMessageSigner({ algorithm, privateKey: credentials.privateKey, certificate: credentials.certificate });
  signer.sign(messages[0]!);

  let start = performance.now();
  const signed = messages.map((message) => signer.sign(message));
  const signMs = performance.now() - start;

  start = performance.now();
  const verifier = createMessageVerifier(credentials.certificate);
  const failures = signed.filter((message) => !verifier.verify(message).ok).length;
  const verifyMs = performance.now() - start;
  if (failures > 0) throw new Error(`${failures} ${algorithm} signatures did not verify`);

  console.log(`${algorithm.padEnd(8)}  sign ${perSecond(MESSAGES, signMs).padStart(14)}   verify ${perSecond(MESSAGES, verifyMs).padStart(14)}`);
}
