import { DOMParser } from '@xmldom/xmldom';

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

/** Parses XML or throws XmlSyntaxError: any parser warning or error counts, so nothing half-read gets through. */
export function parseXmlStrict(xml: string): Document {
  const problems: string[] = [];
  const record = (message: string) => problems.push(message.trim());
  const doc = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(xml, 'text/xml') as unknown as Document;
  if (problems.length > 0 || !doc?.documentElement) {
    throw new XmlSyntaxError(problems[0] ?? 'no root element');
  }
  return doc;
}

/** The element children of a node, in order. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as Element);
  }
  return out;
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';

const CHUNK = 0x8000;

/** Base64 of the UTF-8 bytes of a text, with the platform's atob/btoa so device code can use it too. */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The text whose UTF-8 bytes a base64 string holds; throws on bytes that are not UTF-8. */
export function base64ToUtf8(base64: string): string {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
