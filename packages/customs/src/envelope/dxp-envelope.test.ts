import { describe, expect, it } from 'vitest';
import { signMessage } from '../signing/sign.ts';
import { makeTestCredentials } from '../signing/test-certificates.ts';
import { verifyMessage } from '../signing/verify.ts';
import { readSample, xmllintValidate } from '../signing/xml-tools.testing.ts';
import { EnvelopeError, unwrap, wrap, type EnvelopeInfo } from './dxp-envelope.ts';

const TERMINAL_XSD = 'ceb-terminal-202205.xsd';
const credentials = makeTestCredentials('sm2-sm3');
const signed = signMessage(readSample('CEB603Message.trimmed.xml'), { ...credentials, algorithm: 'sm2-sm3' });
const info = {
  copMsgId: '0193A0B2-7C1D-7E5F-8A9B-1C2D3E4F5A6B',
  senderId: 'DXPENT0000012345',
  receiverIds: ['DXPEDCCEB0000002'],
  createdAt: '2026-12-01T01:30:00.000Z',
};

function failureOf(envelope: string): { reason: string; dxpCode: string } {
  try {
    unwrap(envelope);
  } catch (error) {
    if (error instanceof EnvelopeError) return { reason: error.reason, dxpCode: error.dxpCode };
    throw error;
  }
  throw new Error('unwrap accepted the envelope');
}

describe('DXP terminal envelope', () => {
  it('round-trips a signed message byte for byte, and the signature still verifies', () => {
    const envelope = wrap(signed, { ...info, fileName: 'CEB603_0001.xml' });
    const opened = unwrap(envelope);
    expect(opened.messageXml).toBe(signed);
    expect(opened.info).toEqual<EnvelopeInfo>({ ...info, msgType: 'CEB603Message', fileName: 'CEB603_0001.xml' });
    expect(verifyMessage(opened.messageXml, credentials.certificate).ok).toBe(true);
  });

  it('validates against the official terminal XSD, with CreatTime in China Standard Time', () => {
    const envelope = wrap(signed, { ...info, receiverIds: ['DXPEDCCEB0000002', 'DXPEDCCEB0000003'] });
    expect(xmllintValidate(envelope, TERMINAL_XSD).output).toContain('validates');
    expect(envelope).toContain('<CreatTime>2026-12-01T09:30:00</CreatTime>');
    expect(envelope).toContain('<MsgType>CEB603Message</MsgType>');
  });

  it('refuses to build an envelope the XSD would reject', () => {
    const refused = (extra: Partial<typeof info>) => {
      try {
        wrap(signed, { ...info, ...extra });
        return 'built';
      } catch (error) {
        return (error as EnvelopeError).reason;
      }
    };
    expect(refused({ senderId: 'DXPENT00000123456' })).toBe('invalid-info');
    expect(refused({ receiverIds: [] })).toBe('invalid-info');
    expect(refused({ receiverIds: ['A', 'B', 'C', 'D', 'E', 'F'] })).toBe('invalid-info');
    expect(refused({ createdAt: 'yesterday' })).toBe('invalid-info');
  });

  const good = wrap(signed, info);
  const bad: Array<[string, string, string, string]> = [
    ['not XML at all', 'DxpMsg <', 'malformed-xml', '0001'],
    ['another root', readSample('CEB604Message.xml'), 'not-an-envelope', '0002'],
    ['TransInfo without SenderId', good.replace(/<SenderId>[^<]*<\/SenderId>/, ''), 'schema-violation', '0002'],
    ['SenderId over 16 characters', good.replace('DXPENT0000012345', 'DXPENT00000123456'), 'schema-violation', '0002'],
    ['six receivers', good.replace('<ReceiverIds>', `<ReceiverIds>${'<ReceiverId>X</ReceiverId>'.repeat(5)}`), 'schema-violation', '0002'],
    ['CreatTime not a dateTime', good.replace(/<CreatTime>[^<]*</, '<CreatTime>20261201093000<'), 'schema-violation', '0002'],
    ['ver other than 1.0', good.replace('ver="1.0"', 'ver="2.0"'), 'schema-violation', '0002'],
    ['Data before TransInfo', good.replace(/(<TransInfo>.*<\/TransInfo>)(<Data>.*<\/Data>)/, '$2$1'), 'schema-violation', '0002'],
    ['Data not base64', good.replace(/<Data>[^<]*</, '<Data>!!not base64!!<'), 'data-not-base64', '0002'],
  ];

  it.each(bad)('%s: a typed error that the terminal XSD agrees with', (_name, envelope, reason, dxpCode) => {
    expect(failureOf(envelope)).toEqual({ reason, dxpCode });
    expect(xmllintValidate(envelope, TERMINAL_XSD).ok).toBe(false);
  });

  it('Data that is base64 but not XML, or a MsgType that misnames the payload, is refused though the XSD allows it', () => {
    const notXml = good.replace(/<Data>[^<]*</, `<Data>${Buffer.from('plain text').toString('base64')}<`);
    expect(xmllintValidate(notXml, TERMINAL_XSD).ok).toBe(true);
    expect(failureOf(notXml)).toEqual({ reason: 'data-not-xml', dxpCode: '0001' });
    const notUtf8 = good.replace(/<Data>[^<]*</, `<Data>${Buffer.from([0x3c, 0xff, 0xfe, 0x3e]).toString('base64')}<`);
    expect(failureOf(notUtf8)).toEqual({ reason: 'data-not-xml', dxpCode: '0001' });
    expect(failureOf(good.replace('<MsgType>CEB603Message<', '<MsgType>CEB303Message<'))).toEqual({
      reason: 'msg-type-mismatch',
      dxpCode: '0999',
    });
  });
});
