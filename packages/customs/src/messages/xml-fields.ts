import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: true });

/**
 * Every leaf of a CEB message as `path → text` (`Order/OrderList[0]/gnum`), namespace prefixes dropped
 * and empty elements left out (an empty optional element says nothing), so two messages compare field by field.
 */
export function xmlFields(xml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const name = key.replace(/^ceb:/, '');
        walk(value, path ? `${path}/${name}` : name);
      }
      return;
    }
    const text = String(node ?? '');
    if (text !== '') fields[path] = text;
  };
  const root = parser.parse(xml) as Record<string, unknown>;
  delete root['?xml'];
  walk(root, '');
  return fields;
}
