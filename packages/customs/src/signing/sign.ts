import { SignedXml } from 'xml-crypto';
import { ALGORITHM_URIS, C14N_URI, ENVELOPED_SIGNATURE_URI, XMLDSIG_NS, type SigningAlgorithm } from './algorithms.ts';
import { readCertificate, type CertificateInfo } from './certificate.ts';
import { Sm3Digest, sm2Sm3SignatureFor } from './sm2-sm3.ts';
import { CEB_NS, childElements, parseXmlStrict } from './xml-document.ts';

export interface SignOptions {
  algorithm: SigningAlgorithm;
  /** RSA: PEM private key. SM2: the private scalar as 64 hex digits. */
  privateKey: string;
  /** The merchant's certificate (PEM or base64 DER) whose key matches privateKey. */
  certificate: string;
}

export type SigningFailure = 'malformed-xml' | 'not-a-ceb-declaration' | 'already-signed' | 'certificate-algorithm-mismatch';

export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly reason: SigningFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Signs a CEB business message with an enveloped XML-DSig signature as spec §6 describes: inclusive
 * C14N 1.0, one Reference URI="" with the enveloped-signature transform, KeyInfo carrying the
 * certificate number (KeyName) and the certificate (X509Data). The ds:Signature goes where the XSD
 * puts it: after BaseTransfer/BaseSubscribe, before ExtendMessage.
 */
export function signMessage(xml: string, options: SignOptions): string {
  const root = declarationRoot(xml);
  const certificate = readCertificate(options.certificate);
  if (certificate.algorithm !== options.algorithm) {
    throw new SigningError(
      'certificate-algorithm-mismatch',
      `the certificate is for ${certificate.algorithm}, not ${options.algorithm}`,
    );
  }
  const uris = ALGORITHM_URIS[options.algorithm];
  const signer = signedXmlFor(certificate, options.privateKey);
  signer.addReference({ xpath: '/*', uri: '', isEmptyUri: true, transforms: [ENVELOPED_SIGNATURE_URI], digestAlgorithm: uris.digest });
  const extend = childElements(root).find((e) => e.localName === 'ExtendMessage' && e.namespaceURI === CEB_NS);
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: extend
      ? { reference: "/*/*[local-name()='ExtendMessage']", action: 'before' }
      : { reference: '/*', action: 'append' },
  });
  return signer.getSignedXml();
}

/** An xml-crypto signer/verifier configured for one certificate's suite and nothing else. */
export function signedXmlFor(certificate: CertificateInfo, privateKey?: string): SignedXml {
  const uris = ALGORITHM_URIS[certificate.algorithm];
  const signed = new SignedXml({
    privateKey,
    publicCert: certificatePemOrKey(certificate),
    signatureAlgorithm: uris.signature,
    canonicalizationAlgorithm: C14N_URI,
    getKeyInfoContent: ({ prefix } = {}) => {
      const p = prefix ? `${prefix}:` : '';
      return `<${p}KeyName>${certificate.number}</${p}KeyName><${p}X509Data><${p}X509Certificate>${certificate.base64}</${p}X509Certificate></${p}X509Data>`;
    },
    getCertFromKeyInfo: () => null,
  });
  if (certificate.publicKey.kind === 'sm2') {
    signed.SignatureAlgorithms = { [uris.signature]: sm2Sm3SignatureFor(certificate.publicKey.hex) };
    signed.HashAlgorithms = { [uris.digest]: Sm3Digest };
  } else {
    signed.SignatureAlgorithms = { [uris.signature]: signed.SignatureAlgorithms[uris.signature]! };
    signed.HashAlgorithms = { [uris.digest]: signed.HashAlgorithms[uris.digest]! };
  }
  return signed;
}

function certificatePemOrKey(certificate: CertificateInfo) {
  return certificate.publicKey.kind === 'rsa' ? certificate.publicKey.key : certificate.base64;
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
