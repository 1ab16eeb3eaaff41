import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { SignedXml, type HashAlgorithm, type SignatureAlgorithm } from 'xml-crypto';
import { ALGORITHM_URIS, C14N_URI, ENVELOPED_SIGNATURE_URI, XMLDSIG_NS, type SigningAlgorithm } from './algorithms.ts';
import { CertificateError, readCertificate, type CertificateInfo } from './certificate.ts';
import { Sm3Digest, sm2Sm3SignatureFor } from './sm2-sm3.ts';
import { translateError } from '../translate-error.ts';
import { CEB_NS, childElements, escapeXml, parseXmlStrict } from './xml-document.ts';

export interface SignOptions {
  algorithm: SigningAlgorithm;
  /** RSA: PEM private key. SM2: the private scalar as 64 hex digits. */
  privateKey: string;
  /** The merchant's certificate (PEM or base64 DER) whose key matches privateKey. */
  certificate: string;
  /** ds:KeyName, the E-Port's number for the certificate; by default its serial number in hex. */
  certificateNumber?: string;
}

export type SigningFailure =
  'malformed-xml' | 'not-a-ceb-declaration' | 'already-signed' | 'certificate-unreadable' | 'certificate-algorithm-mismatch' | 'private-key-unreadable' | 'private-key-certificate-mismatch';

export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly reason: SigningFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface MessageSigner {
  certificateNumber: string;
  sign(xml: string): string;
}

/**
 * A signer for one merchant's key and certificate, checked once (readable, same suite, key matches
 * certificate) and reused for every message. Signs a CEB business message with an enveloped XML-DSig
 * signature as spec §6 describes: inclusive C14N 1.0, one Reference URI="" with the
 * enveloped-signature transform, KeyInfo carrying the certificate number (KeyName) and the
 * certificate (X509Data). The ds:Signature goes where the XSD puts it: after
 * BaseTransfer/BaseSubscribe, before ExtendMessage.
 */
export function createMessageSigner(options: SignOptions): MessageSigner {
  const certificate = certificateOf(options.certificate);
  if (certificate.algorithm !== options.algorithm) {
    throw new SigningError('certificate-algorithm-mismatch', `the certificate is for ${certificate.algorithm}, not ${options.algorithm}`);
  }
  const privateKey = privateKeyFor(certificate, options.privateKey);
  const suite = suiteFor(options.certificateNumber ? { ...certificate, number: options.certificateNumber } : certificate);
  const digest = ALGORITHM_URIS[options.algorithm].digest;
  return {
    certificateNumber: suite.certificate.number,
    sign(xml) {
      const root = declarationRoot(xml);
      const signer = signedXmlFor(suite, privateKey);
      signer.addReference({ xpath: '/*', uri: '', isEmptyUri: true, transforms: [ENVELOPED_SIGNATURE_URI], digestAlgorithm: digest });
      const extend = childElements(root).some((e) => e.localName === 'ExtendMessage' && e.namespaceURI === CEB_NS);
      signer.computeSignature(xml, {
        prefix: 'ds',
        location: extend ? { reference: "/*/*[local-name()='ExtendMessage']", action: 'before' } : { reference: '/*', action: 'append' },
      });
      return signer.getSignedXml();
    },
  };
}

/** Signs one message; for many messages of one merchant, createMessageSigner once and reuse it. */
export function signMessage(xml: string, options: SignOptions): string {
  return createMessageSigner(options).sign(xml);
}

/** The xml-crypto algorithms of one certificate's suite, and nothing else; made once per signer or verifier. */
export interface Suite {
  certificate: CertificateInfo;
  signatureAlgorithms: Record<string, new () => SignatureAlgorithm>;
  hashAlgorithms: Record<string, new () => HashAlgorithm>;
}

export function suiteFor(certificate: CertificateInfo): Suite {
  const uris = ALGORITHM_URIS[certificate.algorithm];
  if (certificate.publicKey.kind === 'sm2') {
    return {
      certificate,
      signatureAlgorithms: { [uris.signature]: sm2Sm3SignatureFor(certificate.publicKey.hex) },
      hashAlgorithms: { [uris.digest]: Sm3Digest },
    };
  }
  const defaults = new SignedXml();
  return {
    certificate,
    signatureAlgorithms: { [uris.signature]: defaults.SignatureAlgorithms[uris.signature]! },
    hashAlgorithms: { [uris.digest]: defaults.HashAlgorithms[uris.digest]! },
  };
}

/** A fresh xml-crypto SignedXml (they are single-use) for a suite. */
export function signedXmlFor({ certificate, signatureAlgorithms, hashAlgorithms }: Suite, privateKey?: KeyObject | string): SignedXml {
  const signed = new SignedXml({
    privateKey,
    publicCert: certificate.publicKey.kind === 'rsa' ? certificate.publicKey.key : certificate.base64,
    signatureAlgorithm: ALGORITHM_URIS[certificate.algorithm].signature,
    canonicalizationAlgorithm: C14N_URI,
    getKeyInfoContent: ({ prefix } = {}) => {
      const p = prefix ? `${prefix}:` : '';
      return `<${p}KeyName>${escapeXml(certificate.number)}</${p}KeyName><${p}X509Data><${p}X509Certificate>${certificate.base64}</${p}X509Certificate></${p}X509Data>`;
    },
    getCertFromKeyInfo: () => null,
  });
  signed.SignatureAlgorithms = signatureAlgorithms;
  signed.HashAlgorithms = hashAlgorithms;
  return signed;
}

function certificateOf(text: string): CertificateInfo {
  return translateError(
    () => readCertificate(text),
    CertificateError,
    (error) => new SigningError('certificate-unreadable', error.message),
  );
}

function privateKeyFor(certificate: CertificateInfo, text: string): KeyObject | string {
  if (certificate.publicKey.kind === 'sm2') {
    if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new SigningError('private-key-unreadable', 'an SM2 private key is 64 hex digits');
    if (sm2.getPublicKeyFromPrivateKey(text.toLowerCase()) !== certificate.publicKey.hex) {
      throw new SigningError('private-key-certificate-mismatch', 'the private key does not belong to the certificate');
    }
    return text.toLowerCase();
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch (error) {
    throw new SigningError('private-key-unreadable', (error as Error).message);
  }
  if (!createPublicKey(key).equals(certificate.publicKey.key)) {
    throw new SigningError('private-key-certificate-mismatch', 'the private key does not belong to the certificate');
  }
  return key;
}

function declarationRoot(xml: string): Element {
  let doc: Document;
  try {
    doc = parseXmlStrict(xml);
  } catch (error) {
    throw new SigningError('malformed-xml', (error as Error).message);
  }
  const root = doc.documentElement;
  const children = childElements(root);
  if (root.namespaceURI !== CEB_NS || !children.some((e) => e.localName === 'BaseTransfer' && e.namespaceURI === CEB_NS)) {
    throw new SigningError('not-a-ceb-declaration', `${root.tagName} is not a CEB message with a BaseTransfer block`);
  }
  if (children.some((e) => e.localName === 'Signature' && e.namespaceURI === XMLDSIG_NS)) {
    throw new SigningError('already-signed', `${root.tagName} already carries a ds:Signature`);
  }
  return root;
}
