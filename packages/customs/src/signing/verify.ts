import { ALGORITHM_URIS, C14N_URI, ENVELOPED_SIGNATURE_URI, XMLDSIG_NS, algorithmOfSignatureUri, type SigningAlgorithm } from './algorithms.ts';
import { CertificateError, readCertificate, type CertificateInfo } from './certificate.ts';
import { signedXmlFor, suiteFor, type Suite } from './sign.ts';
import { childElements, parseXmlStrict } from './xml-document.ts';

export type VerificationFailure =
  | 'malformed-xml'
  | 'certificate-unreadable'
  | 'signature-missing'
  | 'signature-duplicated'
  | 'signature-misplaced'
  | 'algorithm-unsupported'
  | 'algorithm-mismatch'
  | 'reference-invalid'
  | 'certificate-mismatch'
  | 'certificate-not-yet-valid'
  | 'certificate-expired'
  | 'digest-mismatch'
  | 'signature-invalid';

export type VerificationResult =
  | { ok: true; algorithm: SigningAlgorithm; certificateNumber: string }
  | {
      ok: false;
      reason: VerificationFailure;
      /** The DXP security error the single window answers with (spec §7: 1001 invalid, 1002 expired). */
      dxpCode: '1001' | '1002';
      detail: string;
    };

export interface VerifyOptions {
  /** The instant at which the certificate must be valid; now by default. */
  at?: Date;
}

export interface MessageVerifier {
  verify(signedXml: string, options?: VerifyOptions): VerificationResult;
}

/**
 * A verifier for the certificate registered for one sender. It checks the enveloped signature of a
 * CEB message against that certificate, never against the one the message carries (that one must
 * merely be the same). Structural checks come first so that a signature-wrapping trick fails with
 * its own reason.
 */
export function createMessageVerifier(registeredCertificate: string): MessageVerifier {
  let suite: Suite;
  try {
    suite = suiteFor(readCertificate(registeredCertificate));
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
    return { verify: () => fail('certificate-unreadable', error.message) };
  }
  return { verify: (signedXml, options = {}) => verifyWith(suite, signedXml, options.at ?? new Date()) };
}

/** Verifies one message; for many messages of one sender, createMessageVerifier once and reuse it. */
export function verifyMessage(signedXml: string, registeredCertificate: string, options: VerifyOptions = {}): VerificationResult {
  return createMessageVerifier(registeredCertificate).verify(signedXml, options);
}

function verifyWith(suite: Suite, signedXml: string, at: Date): VerificationResult {
  const { certificate } = suite;
  let doc: Document;
  try {
    doc = parseXmlStrict(signedXml);
  } catch (error) {
    return fail('malformed-xml', (error as Error).message);
  }
  const signatures = Array.from(doc.getElementsByTagNameNS(XMLDSIG_NS, 'Signature'));
  const [signature] = signatures;
  if (!signature) return fail('signature-missing', 'the message carries no ds:Signature');
  if (signatures.length > 1) return fail('signature-duplicated', `the message carries ${signatures.length} ds:Signature elements`);
  if (signature.parentNode !== doc.documentElement) return fail('signature-misplaced', 'ds:Signature must be a child of the message root');

  const structure = checkStructure(signature, certificate);
  if (structure) return structure;

  if (at < certificate.notBefore) return fail('certificate-not-yet-valid', `the certificate is valid from ${certificate.notBefore.toISOString()}`, '1002');
  if (at > certificate.notAfter) return fail('certificate-expired', `the certificate expired on ${certificate.notAfter.toISOString()}`, '1002');

  const verifier = signedXmlFor(suite);
  verifier.loadSignature(signature);
  try {
    if (!verifier.checkSignature(signedXml)) {
      return fail('digest-mismatch', 'the message content differs from what was signed');
    }
  } catch (error) {
    return fail('signature-invalid', (error as Error).message);
  }
  return { ok: true, algorithm: certificate.algorithm, certificateNumber: certificate.number };
}

function checkStructure(signature: Element, certificate: CertificateInfo): VerificationResult | undefined {
  const signedInfo = only(signature, 'SignedInfo');
  const c14n = signedInfo && only(signedInfo, 'CanonicalizationMethod')?.getAttribute('Algorithm');
  const methodUri = (signedInfo && only(signedInfo, 'SignatureMethod')?.getAttribute('Algorithm')) ?? '';
  const algorithm = algorithmOfSignatureUri(methodUri);
  if (!signedInfo || c14n !== C14N_URI || !algorithm) {
    return fail('algorithm-unsupported', `canonicalization ${c14n ?? 'none'} with signature method ${methodUri || 'none'}`);
  }
  if (algorithm !== certificate.algorithm) {
    return fail('algorithm-mismatch', `signed with ${algorithm} but the registered certificate is for ${certificate.algorithm}`);
  }
  const references = children(signedInfo, 'Reference');
  const reference = references[0];
  const transforms = reference ? children(only(reference, 'Transforms') ?? reference, 'Transform').map((t) => t.getAttribute('Algorithm')) : [];
  const digest = reference && only(reference, 'DigestMethod')?.getAttribute('Algorithm');
  if (references.length !== 1 || reference?.getAttribute('URI') !== '' || transforms.length !== 1 || transforms[0] !== ENVELOPED_SIGNATURE_URI || digest !== ALGORITHM_URIS[algorithm].digest) {
    return fail('reference-invalid', 'expected one Reference URI="" with the enveloped-signature transform and the suite\'s digest');
  }
  const keyInfo = only(signature, 'KeyInfo');
  const carried = keyInfo && only(only(keyInfo, 'X509Data') ?? keyInfo, 'X509Certificate')?.textContent?.replace(/\s+/g, '');
  if (carried !== certificate.base64) {
    return fail('certificate-mismatch', 'the certificate in KeyInfo is not the one registered for this sender');
  }
  return undefined;
}

function children(parent: Element, localName: string): Element[] {
  return childElements(parent).filter((e) => e.localName === localName && e.namespaceURI === XMLDSIG_NS);
}

function only(parent: Element, localName: string): Element | undefined {
  const found = children(parent, localName);
  return found.length === 1 ? found[0] : undefined;
}

function fail(reason: VerificationFailure, detail: string, dxpCode: '1001' | '1002' = '1001'): VerificationResult {
  return { ok: false, reason, dxpCode, detail };
}
