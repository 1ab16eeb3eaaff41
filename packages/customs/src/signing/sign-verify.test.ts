import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessageSigner, signMessage, SigningError } from './sign.ts';
import { makeTestCredentials, type TestCredentials } from './test-certificates.ts';
import { verifyMessage } from './verify.ts';
import { XMLDSIG_NS } from './algorithms.ts';
import { childElements, parseXmlStrict } from './xml-document.ts';
import { readSample, runTool, xmllintC14n, xmllintValidate } from './xml-tools.testing.ts';

const inventory = readSample('CEB603Message.trimmed.xml');
const order = readSample('CEB303Message.trimmed.xml');
const EXPORT_XSD = 'ceb-export-202205.xsd';

const sign = (xml: string, c: TestCredentials) => signMessage(xml, { algorithm: c.algorithm, privateKey: c.privateKey, certificate: c.certificate });

/** One field changed after signing: the copNo of the inventory head. */
const tamper = (signed: string) => signed.replace('<ceb:copNo>', '<ceb:copNo>9');

let rsa: TestCredentials;
let sm2: TestCredentials;
beforeAll(() => {
  rsa = makeTestCredentials('rsa-sha1');
  sm2 = makeTestCredentials('sm2-sm3');
});

describe('RSA-SHA1 enveloped signature', () => {
  it('verifies with xmlsec1 against the certificate, and with verifyMessage', () => {
    const signed = sign(inventory, rsa);
    const xmlsec = runTool('xmlsec1', (d) => ['--verify', '--trusted-pem', join(d, 'c.pem'), join(d, 'm.xml')], {
      'c.pem': rsa.certificate,
      'm.xml': signed,
    });
    expect(xmlsec.output).toContain('OK');
    expect(xmlsec.ok).toBe(true);
    expect(verifyMessage(signed, rsa.certificate)).toEqual({ ok: true, algorithm: 'rsa-sha1', certificateNumber: rsa.certificateNumber });
  });

  it('a tampered field fails in xmlsec1 and in verifyMessage with digest-mismatch', () => {
    const tampered = tamper(sign(inventory, rsa));
    const xmlsec = runTool('xmlsec1', (d) => ['--verify', '--trusted-pem', join(d, 'c.pem'), join(d, 'm.xml')], {
      'c.pem': rsa.certificate,
      'm.xml': tampered,
    });
    expect(xmlsec.ok).toBe(false);
    expect(verifyMessage(tampered, rsa.certificate)).toMatchObject({ ok: false, reason: 'digest-mismatch', dxpCode: '1001' });
  });

  it('uses the spec URIs, the certificate number as KeyName and the certificate as X509Data', () => {
    const signed = sign(order, rsa);
    expect(signed).toContain('<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>');
    expect(signed).toContain('<ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>');
    expect(signed).toContain('<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>');
    expect(signed).toContain(`<ds:KeyName>${rsa.certificateNumber}</ds:KeyName>`);
    expect(signed).toMatch(/<\/ceb:BaseTransfer>\s*<ds:Signature xmlns:ds="http:\/\/www.w3.org\/2000\/09\/xmldsig#">/);
  });
});

describe('SM2/SM3 enveloped signature', () => {
  it('verifies with OpenSSL: SM3 digest of the canonical message and SM2 signature over the canonical SignedInfo', () => {
    const signed = sign(inventory, sm2);
    const { digestValue, canonicalSignedInfo, signature } = independentSm2Inputs(signed);
    expect(
      createHash('sm3')
        .update(xmllintC14n(unsignedDocument(signed)))
        .digest('base64'),
    ).toBe(digestValue);
    const openssl = runTool(
      'openssl',
      (d) => ['pkeyutl', '-verify', '-certin', '-inkey', join(d, 'c.pem'), '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', join(d, 'si'), '-sigfile', join(d, 'sig')],
      { 'c.pem': sm2.certificate, si: canonicalSignedInfo, sig: rawSignatureToDer(signature) },
    );
    expect(openssl.output).toContain('Signature Verified Successfully');
    expect(verifyMessage(signed, sm2.certificate)).toEqual({ ok: true, algorithm: 'sm2-sm3', certificateNumber: sm2.certificateNumber });
  });

  it('uses the chinaport SM2/SM3 URIs of spec §6.2.1', () => {
    const signed = sign(order, sm2);
    expect(signed).toContain('Algorithm="http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3"');
    expect(signed).toContain('Algorithm="http://www.chinaport.gov.cn/2022/04/xmldsig#sm3"');
  });

  it('a tampered field fails with digest-mismatch, and OpenSSL sees the digest differ too', () => {
    const tampered = tamper(sign(inventory, sm2));
    const { digestValue } = independentSm2Inputs(tampered);
    expect(
      createHash('sm3')
        .update(xmllintC14n(unsignedDocument(tampered)))
        .digest('base64'),
    ).not.toBe(digestValue);
    expect(verifyMessage(tampered, sm2.certificate)).toMatchObject({ ok: false, reason: 'digest-mismatch' });
  });
});

describe.each(['rsa-sha1', 'sm2-sm3'] as const)('%s signed messages', (algorithm) => {
  const credentials = () => (algorithm === 'rsa-sha1' ? rsa : sm2);

  it('still validate against the official export XSD (xmllint)', () => {
    for (const message of [inventory, order]) {
      const run = xmllintValidate(sign(message, credentials()), EXPORT_XSD);
      expect(run.output).toContain('validates');
    }
  });

  it('put the signature before ExtendMessage, where the XSD wants it', () => {
    const extended = order.replace('</ceb:BaseTransfer>', '</ceb:BaseTransfer><ceb:ExtendMessage><ceb:name>tw</ceb:name><ceb:version>1</ceb:version><ceb:Message/></ceb:ExtendMessage>');
    const signed = sign(extended, credentials());
    expect(signed.indexOf('<ds:Signature')).toBeLessThan(signed.indexOf('<ceb:ExtendMessage>'));
    expect(xmllintValidate(signed, EXPORT_XSD).ok).toBe(true);
    expect(verifyMessage(signed, credentials().certificate).ok).toBe(true);
  });

  it("fail with signature-invalid when the SignatureValue is not the signer's", () => {
    const signed = sign(inventory, credentials());
    const forged = signed.replace(/<ds:SignatureValue>(.)/, (_m, first: string) => `<ds:SignatureValue>${first === 'A' ? 'B' : 'A'}`);
    expect(verifyMessage(forged, credentials().certificate)).toMatchObject({ ok: false, reason: 'signature-invalid', dxpCode: '1001' });
  });

  it("fail with certificate-mismatch against another merchant's certificate", () => {
    const other = makeTestCredentials(algorithm);
    expect(verifyMessage(sign(inventory, credentials()), other.certificate)).toMatchObject({ ok: false, reason: 'certificate-mismatch' });
  });

  it('fail with certificate-expired (DXP 1002) after the certificate ends', () => {
    const signed = sign(inventory, credentials());
    expect(verifyMessage(signed, credentials().certificate, { at: new Date('2099-01-01') })).toMatchObject({
      ok: false,
      reason: 'certificate-expired',
      dxpCode: '1002',
    });
  });

  it('fail with signature-missing, -duplicated or -misplaced for unsigned and wrapped messages', () => {
    const signed = sign(inventory, credentials());
    const signatureXml = signed.match(/<ds:Signature[\s\S]*<\/ds:Signature>/)![0];
    expect(verifyMessage(inventory, credentials().certificate)).toMatchObject({ reason: 'signature-missing' });
    expect(verifyMessage(signed.replace('</ceb:BaseTransfer>', `</ceb:BaseTransfer>${signatureXml}`), credentials().certificate)).toMatchObject({ reason: 'signature-duplicated' });
    const moved = unsignedDocument(signed).replace('</ceb:InventoryHead>', `${signatureXml}</ceb:InventoryHead>`);
    expect(verifyMessage(moved, credentials().certificate)).toMatchObject({ reason: 'signature-misplaced' });
  });
});

describe('layout', () => {
  /** Element names with their Algorithm and URI attributes, depth first, text values left out. */
  const layout = (xml: string, withAlgorithms: boolean) => {
    const signature = parseXmlStrict(xml).getElementsByTagNameNS(XMLDSIG_NS, 'Signature')[0]!;
    const walk = (e: Element, depth: number): string[] => [
      `${depth} ${e.tagName}${withAlgorithms ? ` ${e.getAttribute('Algorithm') ?? ''} ${e.getAttribute('URI') ?? ''}` : ''}`,
      ...childElements(e).flatMap((c) => walk(c, depth + 1)),
    ];
    return walk(signature, 0);
  };
  const official = readSample('CEB605Message.xml');

  it("the SM2/SM3 ds:Signature is laid out like the official sample's, algorithms and all", () => {
    expect(layout(sign(inventory, sm2), true)).toEqual(layout(official, true));
  });

  it('the RSA-SHA1 ds:Signature has the same elements', () => {
    expect(layout(sign(inventory, rsa), false)).toEqual(layout(official, false));
  });

  it('KeyName carries the E-Port certificate number when one is given', () => {
    const signed = signMessage(order, { ...rsa, certificateNumber: '03000000000cde6f' });
    expect(signed).toContain('<ds:KeyName>03000000000cde6f</ds:KeyName>');
    expect(verifyMessage(signed, rsa.certificate).ok).toBe(true);
  });
});

describe('refusals', () => {
  it('verifyMessage refuses a signature made with the other suite as algorithm-mismatch', () => {
    expect(verifyMessage(sign(inventory, sm2), rsa.certificate)).toMatchObject({ ok: false, reason: 'algorithm-mismatch' });
  });

  it('verifyMessage refuses unreadable XML and an unreadable certificate', () => {
    expect(verifyMessage('<ceb:CEB603Message', rsa.certificate)).toMatchObject({ ok: false, reason: 'malformed-xml' });
    expect(verifyMessage(sign(inventory, rsa), 'not a certificate')).toMatchObject({ ok: false, reason: 'certificate-unreadable' });
  });

  it('signMessage refuses a receipt, an already signed message, malformed XML and a certificate of the other suite', () => {
    const reasonOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof SigningError ? error.reason : String(error);
      }
      return 'signed';
    };
    expect(reasonOf(() => sign(readSample('CEB604Message.xml'), rsa))).toBe('not-a-ceb-declaration');
    expect(reasonOf(() => sign(sign(inventory, rsa), rsa))).toBe('already-signed');
    expect(reasonOf(() => sign('<ceb:CEB603Message>', rsa))).toBe('malformed-xml');
    expect(reasonOf(() => signMessage(inventory, { algorithm: 'sm2-sm3', privateKey: sm2.privateKey, certificate: rsa.certificate }))).toBe('certificate-algorithm-mismatch');
  });

  it.each(['rsa-sha1', 'sm2-sm3'] as const)("%s: a signer refuses a key that is not the certificate's, or is unreadable", (algorithm) => {
    const mine = algorithm === 'rsa-sha1' ? rsa : sm2;
    const reasonOf = (privateKey: string, certificate = mine.certificate) => {
      try {
        createMessageSigner({ algorithm, privateKey, certificate });
        return 'created';
      } catch (error) {
        return (error as SigningError).reason;
      }
    };
    expect(reasonOf(mine.privateKey)).toBe('created');
    expect(reasonOf(makeTestCredentials(algorithm).privateKey)).toBe('private-key-certificate-mismatch');
    expect(reasonOf('not a key')).toBe('private-key-unreadable');
    expect(reasonOf(mine.privateKey, 'not a certificate')).toBe('certificate-unreadable');
  });
});

describe('test credentials', () => {
  it.each(['rsa-sha1', 'sm2-sm3'] as const)('%s: OpenSSL accepts the self-signed certificate', (algorithm) => {
    const { certificate } = makeTestCredentials(algorithm);
    const run = runTool('openssl', (d) => ['verify', '-CAfile', join(d, 'c.pem'), join(d, 'c.pem')], { 'c.pem': certificate });
    expect(run.output).toContain(': OK');
    const text = runTool('openssl', (d) => ['x509', '-noout', '-text', '-in', join(d, 'c.pem')], { 'c.pem': certificate }).output;
    expect(text).toContain(algorithm === 'rsa-sha1' ? 'sha256WithRSAEncryption' : 'SM2-with-SM3');
  });
});

function unsignedDocument(signed: string): string {
  return signed.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '');
}

/** What OpenSSL needs, read off the signed text without this package's parser or canonicaliser. */
function independentSm2Inputs(signed: string) {
  const digestValue = signed.match(/<ds:DigestValue>([^<]+)</)![1]!;
  const signature = Buffer.from(signed.match(/<ds:SignatureValue>([^<]+)</)![1]!, 'base64');
  const rootStart = signed.match(/<ceb:CEB\d+Message[^>]*>/)![0];
  const inScope = [...rootStart.matchAll(/\sxmlns(:\w+)?="[^"]*"/g)].map((m) => m[0]).join('');
  const signedInfo = signed.match(/<ds:SignedInfo>[\s\S]*<\/ds:SignedInfo>/)![0].replace('<ds:SignedInfo>', `<ds:SignedInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"${inScope}>`);
  return { digestValue, signature, canonicalSignedInfo: xmllintC14n(signedInfo) };
}

/** r‖s (32 bytes each) as the DER SEQUENCE of two INTEGERs that OpenSSL reads. */
function rawSignatureToDer(rs: Buffer): Buffer {
  const integer = (bytes: Buffer) => {
    let b = bytes;
    while (b.length > 1 && b[0] === 0 && (b[1]! & 0x80) === 0) b = b.subarray(1);
    if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
    return Buffer.concat([Buffer.from([0x02, b.length]), b]);
  };
  const body = Buffer.concat([integer(rs.subarray(0, 32)), integer(rs.subarray(32))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}
