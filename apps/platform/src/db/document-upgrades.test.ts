import { describe, expect, it } from 'vitest';
import { DOCUMENT_UPGRADES, missingDocumentUpgrades } from './document-upgrades.ts';

describe('missingDocumentUpgrades', () => {
  it('names every schema version whose migration file is absent, so the platform will not start on stale documents', () => {
    expect(missingDocumentUpgrades([])).toContain('stock v1');
    expect(missingDocumentUpgrades(Object.keys(DOCUMENT_UPGRADES).filter((file) => file !== '005_stock_v1.sql'))).toContain('stock v1');
    expect(missingDocumentUpgrades(Object.keys(DOCUMENT_UPGRADES))).toEqual([]);
  });
});
