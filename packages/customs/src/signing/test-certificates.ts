import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, AttributeTypeAndValue, AttributeValue, Certificate, Name, RelativeDistinguishedName, SubjectPublicKeyInfo, TBSCertificate, Validity, Version } from '@peculiar/asn1-x509';
import { sm2 } from 'sm-crypto-v2';
import type { SigningAlgorithm } from './algorithms.ts';
import { OID, SM2_CURVE_PARAMETER_DER, certificatePem, readCertificate } from './certificate.ts';
import { SM2_DEFAULT_USER_ID } from './sm2-sm3.ts';

export interface TestCredentials {
  algorithm: SigningAlgorithm;
  /** RSA: PKCS#8 PEM. SM2: the private scalar as 64 hex digits (sm-crypto-v2's form). */
  privateKey: string;
  certificate: string;
  certificateNumber: string;
}

export interface TestCertificateOptions {
  commonName?: string;
  notBefore?: Date;
  notAfter?: Date;
}

const DER_NULL = Buffer.from('0500', 'hex');
const DAY_MS = 86_400_000;

/**
 * A fresh key pair and a self-signed X.509 v3 certificate for the demo park and the tests.
 * RSA: 2048-bit key from node:crypto, certificate signed sha256WithRSAEncryption.
 * SM2: key pair from sm-crypto-v2, certificate with an ecPublicKey on the SM2 curve, signed SM3withSM2
 * (OID 1.2.156.10197.1.501, DER r,s, default user id), which OpenSSL 3 verifies.
 * Neither is issued by the China E-Port CA: the real single window refuses them; only the simulator
 * (which trusts the certificate registered for the merchant) accepts them.
 */
export function makeTestCredentials(algorithm: SigningAlgorithm, options: TestCertificateOptions = {}): TestCredentials {
  const notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 3650 * DAY_MS);
  const name = commonName(options.commonName ?? `Tradewind test ${algorithm}`);
  const key = algorithm === 'rsa-sha1' ? rsaKey() : sm2Key();
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: arrayBuffer(serialNumber()),
    signature: key.signatureAlgorithm,
    issuer: name,
    subject: name,
    validity: new Validity({ notBefore, notAfter }),
    subjectPublicKeyInfo: key.spki,
  });
  const signatureValue = arrayBuffer(key.sign(Buffer.from(AsnConvert.serialize(tbs))));
  const der = Buffer.from(AsnConvert.serialize(new Certificate({ tbsCertificate: tbs, signatureAlgorithm: key.signatureAlgorithm, signatureValue })));
  const certificate = certificatePem(der.toString('base64'));
  return { algorithm, privateKey: key.privateKey, certificate, certificateNumber: readCertificate(certificate).number };
}

interface TestKey {
  privateKey: string;
  spki: SubjectPublicKeyInfo;
  signatureAlgorithm: AlgorithmIdentifier;
  sign(tbs: Buffer): Buffer;
}

function rsaKey(): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    spki: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo),
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: OID.sha256WithRsa, parameters: arrayBuffer(DER_NULL) }),
    sign: (tbs) => sign('sha256', tbs, privateKey),
  };
}

function sm2Key(): TestKey {
  const pair = sm2.generateKeyPairHex();
  return {
    privateKey: pair.privateKey,
    spki: new SubjectPublicKeyInfo({
      algorithm: new AlgorithmIdentifier({ algorithm: OID.ecPublicKey, parameters: arrayBuffer(SM2_CURVE_PARAMETER_DER) }),
      subjectPublicKey: arrayBuffer(Buffer.from(pair.publicKey, 'hex')),
    }),
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: OID.sm2WithSm3 }),
    sign: (tbs) => Buffer.from(sm2.doSignature(tbs, pair.privateKey, { publicKey: pair.publicKey, der: true, hash: true, userId: SM2_DEFAULT_USER_ID }), 'hex'),
  };
}

function commonName(value: string): Name {
  const cn = new AttributeTypeAndValue({ type: '2.5.4.3', value: new AttributeValue({ utf8String: value }) });
  return new Name([new RelativeDistinguishedName([cn])]);
}

/** 8 random bytes, positive and without a leading zero byte, like the E-Port's 16-hex-digit numbers. */
function serialNumber(): Buffer {
  const bytes = randomBytes(8);
  bytes[0] = ((bytes[0] ?? 1) & 0x7f) | 0x01;
  return bytes;
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}
