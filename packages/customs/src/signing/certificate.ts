import { X509Certificate, type KeyObject } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import type { SigningAlgorithm } from './algorithms.ts';

export const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  sm2Curve: '1.2.156.10197.1.301',
  sm2WithSm3: '1.2.156.10197.1.501',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

/** What signing and verification need from an X.509 v3 certificate. */
export interface CertificateInfo {
  /** DER, base64 without line breaks: the content of ds:X509Certificate. */
  base64: string;
  /** The certificate number customs puts in ds:KeyName: the serial number in lower-case hex. */
  number: string;
  notBefore: Date;
  notAfter: Date;
  algorithm: SigningAlgorithm;
  /** RSA: a node:crypto public key. SM2: the uncompressed point 04‖x‖y in hex (sm-crypto's form). */
  publicKey: { kind: 'rsa'; key: KeyObject } | { kind: 'sm2'; hex: string };
}

export class CertificateError extends Error {
  override readonly name = 'CertificateError';
}

/** Reads a certificate given as PEM or as bare base64 DER; throws CertificateError when it is neither RSA nor SM2. */
export function readCertificate(pemOrBase64: string): CertificateInfo {
  const base64 = pemOrBase64.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  const der = Buffer.from(base64, 'base64');
  let parsed: Certificate;
  try {
    parsed = AsnConvert.parse(der, Certificate);
  } catch (cause) {
    throw new CertificateError('not an X.509 certificate', { cause });
  }
  const tbs = parsed.tbsCertificate;
  const spki = tbs.subjectPublicKeyInfo;
  const info = {
    base64: der.toString('base64'),
    number: Buffer.from(tbs.serialNumber)
      .toString('hex')
      .replace(/^(00)+(?=.)/, ''),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
  };
  if (spki.algorithm.algorithm === OID.rsaEncryption) {
    const key = new X509Certificate(der).publicKey;
    return { ...info, algorithm: 'rsa-sha1', publicKey: { kind: 'rsa', key } };
  }
  if (spki.algorithm.algorithm === OID.ecPublicKey && isSm2Curve(spki.algorithm.parameters)) {
    return { ...info, algorithm: 'sm2-sm3', publicKey: { kind: 'sm2', hex: Buffer.from(spki.subjectPublicKey).toString('hex') } };
  }
  throw new CertificateError(`unsupported public key algorithm ${spki.algorithm.algorithm}`);
}

export function certificatePem(base64Der: string): string {
  return `-----BEGIN CERTIFICATE-----\n${base64Der.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
}

/** DER of the OID 1.2.156.10197.1.301, the SM2 curve, as the ecPublicKey parameter. */
export const SM2_CURVE_PARAMETER_DER = Buffer.from('06082a811ccf5501822d', 'hex');

function isSm2Curve(parameters: ArrayBuffer | null | undefined): boolean {
  return parameters != null && Buffer.from(parameters).equals(SM2_CURVE_PARAMETER_DER);
}
