import { XMLParser } from 'fast-xml-parser';

/** What the XSD says about one simple field of a business element. */
export interface FieldSpec {
  required: boolean;
  base: 'string' | 'decimal' | 'int';
  length?: number;
  minLength?: number;
  maxLength?: number;
  totalDigits?: number;
  fractionDigits?: number;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'xs:element' });

const children = (node: unknown, name: string): Node[] => {
  const value = (node as Node | undefined)?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
};

const facet = (restriction: Node, name: string): number | undefined => {
  const value = children(restriction, `xs:${name}`)[0]?.['@value'];
  return value === undefined ? undefined : Number(value);
};

function fieldSpec(element: Node): FieldSpec {
  const restriction = children(children(element, 'xs:simpleType')[0], 'xs:restriction')[0] ?? {};
  const base = String(restriction['@base'] ?? element['@type'] ?? 'xs:string').replace('xs:', '');
  const spec: FieldSpec = { required: element['@minOccurs'] !== '0', base: base === 'decimal' ? 'decimal' : base === 'int' ? 'int' : 'string' };
  for (const name of ['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits'] as const) {
    const value = facet(restriction, name);
    if (value !== undefined) spec[name] = value;
  }
  return spec;
}

/**
 * Reads the simple fields of the named top-level elements from the export XSD, in sequence order,
 * so the serializer and the pre-check work from exactly what the official schema says.
 */
export function readXsdFields(xsd: string, elementNames: readonly string[]): Record<string, Record<string, FieldSpec>> {
  const schema = (parser.parse(xsd) as Node)['xs:schema'];
  const topLevel = new Map(children(schema, 'xs:element').map((element) => [String(element['@name']), element]));
  const result: Record<string, Record<string, FieldSpec>> = {};
  for (const name of elementNames) {
    const element = topLevel.get(name);
    if (!element) throw new Error(`The XSD has no element ${name}`);
    const sequence = children(children(element, 'xs:complexType')[0], 'xs:sequence')[0];
    const fields: Record<string, FieldSpec> = {};
    for (const field of children(sequence, 'xs:element')) {
      if (field['@ref']) continue;
      fields[String(field['@name'])] = fieldSpec(field);
    }
    result[name] = fields;
  }
  return result;
}
