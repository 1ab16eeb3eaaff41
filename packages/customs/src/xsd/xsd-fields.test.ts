import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FIELDS_URL, generatedFieldsSource } from './generate-fields.ts';
import { readXsdFields } from './xsd-fields.ts';
import { EXPORT_XSD_FILE, readSchemaFile } from './schema-files.ts';

describe('message fields come from the official XSD', () => {
  it('the generated field table is the XSD as it is now (regenerate with src/xsd/generate-fields.ts)', () => {
    expect(readFileSync(GENERATED_FIELDS_URL, 'utf8')).toBe(generatedFieldsSource());
  });

  it('reads order, optionality and facets the way the field tables state them', () => {
    const { InventoryList } = readXsdFields(readSchemaFile(EXPORT_XSD_FILE), ['InventoryList']);
    expect(Object.keys(InventoryList!).slice(0, 5)).toEqual(['gnum', 'itemNo', 'itemRecordNo', 'itemName', 'gcode']);
    expect(InventoryList!['gcode']).toEqual({ required: true, base: 'string', length: 10 });
    expect(InventoryList!['itemRecordNo']).toEqual({ required: false, base: 'string', maxLength: 30 });
    expect(InventoryList!['qty']).toEqual({ required: true, base: 'decimal', totalDigits: 19, fractionDigits: 5 });
  });
});
