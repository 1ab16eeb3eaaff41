import { readFileSync } from 'node:fs';

/** The official 2022-05 export schema and the xmldsig schema it imports, copied into packages/customs/xsd. */
export const EXPORT_XSD_FILE = 'ceb-export-202205.xsd';
export const XMLDSIG_XSD_FILE = 'xmldsig-core-schema.xsd';

const XSD_DIR = new URL('../../xsd/', import.meta.url);

export const readSchemaFile = (name: string): string => readFileSync(new URL(name, XSD_DIR), 'utf8');
