import { base64ToUtf8, childElements, escapeXml, parseXmlStrict, utf8ToBase64, XmlSyntaxError } from '../signing/xml-document.ts';
import { fromCreatTime, toCreatTime } from './dxp-time.ts';
import { translateError } from '../translate-error.ts';

export const DXP_NS = 'http://www.chinaport.gov.cn/dxp';

/** TransInfo of the DXP terminal envelope (spec §4.4, ceb-terminal-202205.xsd). */
export interface EnvelopeInfo {
  /** The sender's own unique id for this transmission (an..255); the idempotency key of a send. */
  copMsgId: string;
  /** DXP user id assigned by the E-Port data exchange platform (an..16). */
  senderId: string;
  /** 1 to 5 receiver ids (an..16 each). */
  receiverIds: string[];
  /** ISO-8601 instant; written as China Standard Time, second precision. */
  createdAt: string;
  /** The business message type, e.g. CEB603Message (an..30). */
  msgType: string;
  /** AddInfo/FileName, the original file name, when given. */
  fileName?: string;
}

export type EnvelopeFailure = 'malformed-xml' | 'not-an-envelope' | 'schema-violation' | 'data-not-base64' | 'data-not-xml' | 'msg-type-mismatch' | 'invalid-info';

/** DXP format errors (spec §7): 0001 format, 0002 schema, 0999 other format error. */
export type DxpFormatCode = '0001' | '0002' | '0999';

const DXP_CODE: Record<EnvelopeFailure, DxpFormatCode> = {
  'malformed-xml': '0001',
  'data-not-xml': '0001',
  'not-an-envelope': '0002',
  'schema-violation': '0002',
  'data-not-base64': '0002',
  'invalid-info': '0002',
  'msg-type-mismatch': '0999',
};

export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  readonly dxpCode: DxpFormatCode;
  constructor(
    readonly reason: EnvelopeFailure,
    message: string,
  ) {
    super(message);
    this.dxpCode = DXP_CODE[reason];
  }
}

const LIMITS = { copMsgId: 255, senderId: 16, receiverId: 16, msgType: 30, fileName: 255, receivers: 5 } as const;
const TRANS_INFO_ORDER = ['CopMsgId', 'SenderId', 'ReceiverIds', 'CreatTime', 'MsgType'] as const;
const ADD_INFO_ORDER = ['FileName', 'IcCard', 'BizKey', 'IsText', 'RecMapId'];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Wraps a (signed) business message into a DxpMsg; msgType defaults to the message's root element name. */
export function wrap(messageXml: string, info: Omit<EnvelopeInfo, 'msgType'> & { msgType?: string }): string {
  const msgType = info.msgType ?? rootName(messageXml, 'invalid-info');
  const creatTime = toCreatTime(info.createdAt);
  const problem = infoProblem({ ...info, msgType }) ?? (creatTime ? undefined : `createdAt ${info.createdAt} is not an ISO-8601 instant`);
  if (problem) throw new EnvelopeError('invalid-info', problem);
  const receivers = info.receiverIds.map((id) => `<ReceiverId>${escapeXml(id)}</ReceiverId>`).join('');
  const addInfo = info.fileName ? `<AddInfo><FileName>${escapeXml(info.fileName)}</FileName></AddInfo>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<DxpMsg xmlns="${DXP_NS}" ver="1.0"><TransInfo>` +
    `<CopMsgId>${escapeXml(info.copMsgId)}</CopMsgId><SenderId>${escapeXml(info.senderId)}</SenderId>` +
    `<ReceiverIds>${receivers}</ReceiverIds><CreatTime>${creatTime}</CreatTime><MsgType>${escapeXml(msgType)}</MsgType>` +
    `</TransInfo><Data>${utf8ToBase64(messageXml)}</Data>${addInfo}</DxpMsg>`
  );
}

/** Opens a DxpMsg: checks it as the terminal XSD does, decodes Data, and checks MsgType against the payload. */
export function unwrap(envelopeXml: string): { info: EnvelopeInfo; messageXml: string } {
  const root = parse(envelopeXml, 'malformed-xml').documentElement;
  if (root.localName !== 'DxpMsg' || root.namespaceURI !== DXP_NS) {
    throw new EnvelopeError('not-an-envelope', `root is ${root.tagName}, not dxp:DxpMsg`);
  }
  if (root.getAttribute('ver') !== '1.0') throw violation('DxpMsg/@ver must be 1.0');
  const [transInfo, data, ...rest] = childElements(root);
  expectElement(transInfo, 'TransInfo');
  expectElement(data, 'Data');
  const addInfo = rest[0]?.localName === 'AddInfo' ? rest.shift() : undefined;
  if (rest.length > 1 || (rest[0] && rest[0].localName !== 'Signature')) {
    throw violation(`unexpected element ${rest[0]?.tagName} in DxpMsg`);
  }
  const info = readTransInfo(transInfo!);
  const fileName = addInfo && readAddInfo(addInfo);
  const encoded = (data!.textContent ?? '').replace(/\s+/g, '');
  if (!BASE64.test(encoded)) throw new EnvelopeError('data-not-base64', 'Data is not base64');
  let messageXml: string;
  try {
    messageXml = base64ToUtf8(encoded);
  } catch {
    throw new EnvelopeError('data-not-xml', 'Data does not hold UTF-8 text');
  }
  const payloadType = rootName(messageXml, 'data-not-xml');
  if (payloadType !== info.msgType) {
    throw new EnvelopeError('msg-type-mismatch', `MsgType ${info.msgType} but Data holds ${payloadType}`);
  }
  return { info: fileName ? { ...info, fileName } : info, messageXml };
}

function readTransInfo(transInfo: Element): EnvelopeInfo {
  const fields = childElements(transInfo);
  if (fields.length !== TRANS_INFO_ORDER.length || fields.some((f, i) => f.localName !== TRANS_INFO_ORDER[i] || f.namespaceURI !== DXP_NS)) {
    throw violation(`TransInfo must hold ${TRANS_INFO_ORDER.join(', ')} in that order`);
  }
  const [copMsgId, senderId, , creatTime, msgType] = fields.map((f) => f.textContent ?? '') as [string, string, string, string, string];
  const receivers = childElements(fields[2]!);
  if (receivers.some((r) => r.localName !== 'ReceiverId' || r.namespaceURI !== DXP_NS)) throw violation('ReceiverIds may hold only ReceiverId');
  const createdAt = fromCreatTime(creatTime.trim());
  if (!createdAt) throw violation(`CreatTime ${creatTime} is not an xs:dateTime`);
  const info = { copMsgId, senderId, receiverIds: receivers.map((r) => r.textContent ?? ''), createdAt, msgType };
  const problem = infoProblem(info);
  if (problem) throw violation(problem);
  return info;
}

function readAddInfo(addInfo: Element): string | undefined {
  const names = childElements(addInfo).map((e) => e.localName);
  const positions = names.map((n) => ADD_INFO_ORDER.indexOf(n));
  if (positions.some((p, i) => p < 0 || (i > 0 && p <= positions[i - 1]!))) throw violation('AddInfo children out of order or unknown');
  return childElements(addInfo).find((e) => e.localName === 'FileName')?.textContent ?? undefined;
}

function infoProblem(info: EnvelopeInfo): string | undefined {
  const tooLong = (value: string, max: number, min = 1) => value.length < min || value.length > max;
  if (tooLong(info.copMsgId, LIMITS.copMsgId)) return `CopMsgId must be 1 to ${LIMITS.copMsgId} characters`;
  if (tooLong(info.senderId, LIMITS.senderId)) return `SenderId must be 1 to ${LIMITS.senderId} characters`;
  if (info.receiverIds.length < 1 || info.receiverIds.length > LIMITS.receivers) return `ReceiverIds must hold 1 to ${LIMITS.receivers} ids`;
  if (info.receiverIds.some((id) => tooLong(id, LIMITS.receiverId))) return `each ReceiverId must be 1 to ${LIMITS.receiverId} characters`;
  if (tooLong(info.msgType, LIMITS.msgType, 0)) return `MsgType must be at most ${LIMITS.msgType} characters`;
  if (info.fileName !== undefined && tooLong(info.fileName, LIMITS.fileName)) return `FileName must be 1 to ${LIMITS.fileName} characters`;
  return undefined;
}

function expectElement(element: Element | undefined, localName: string): void {
  if (element?.localName !== localName || element.namespaceURI !== DXP_NS) {
    throw violation(`expected ${localName}, found ${element?.tagName ?? 'nothing'}`);
  }
}

function rootName(xml: string, reason: EnvelopeFailure): string {
  return parse(xml, reason).documentElement.localName;
}

function parse(xml: string, reason: EnvelopeFailure): Document {
  return translateError(
    () => parseXmlStrict(xml),
    XmlSyntaxError,
    (error) => new EnvelopeError(reason, error.message),
  );
}

function violation(message: string): EnvelopeError {
  return new EnvelopeError('schema-violation', message);
}
