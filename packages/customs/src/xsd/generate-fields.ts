import { writeFileSync } from 'node:fs';
import { readXsdFields } from './xsd-fields.ts';
import { EXPORT_XSD_FILE, readSchemaFile } from './schema-files.ts';

/** The business elements the product builds; their fields come from the XSD, not from hand-typing. */
export const BUILT_ELEMENTS = [
  'OrderHead',
  'OrderList',
  'InventoryHead',
  'InventoryList',
  'InvtCancel',
  'WayBillHead',
  'WayBillList',
  'SummaryApplyHead',
  'SummaryApplyList',
  'InvtRefundHead',
  'InvtRefundList',
  'BaseTransfer',
] as const;

export const GENERATED_FIELDS_URL = new URL('../messages/fields.generated.ts', import.meta.url);

export function generatedFieldsSource(): string {
  const fields = readXsdFields(readSchemaFile(EXPORT_XSD_FILE), BUILT_ELEMENTS);
  return [
    `// Generated from xsd/${EXPORT_XSD_FILE} by \`npx tsx packages/customs/src/xsd/generate-fields.ts\`; do not edit.`,
    '// Field order is the XSD sequence order, which is the order the serializer writes.',
    `export const FIELDS = ${JSON.stringify(fields, null, 2)} as const;`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(GENERATED_FIELDS_URL, generatedFieldsSource());
