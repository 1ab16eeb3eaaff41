import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { precheckDeclaration } from '../precheck/precheck.ts';
import { validateMessages } from '../xsd/validator.ts';
import { lifecycleMessages } from './all-messages.ts';
import { declarationArbitrary } from './declaration-arbitrary.ts';
import { TEST_SUBMISSION, testIds } from './test-declarations.ts';
import { toXml } from './xml.ts';

describe('every message built from 1,000 generated orders validates against the official XSD', () => {
  it('passes the pre-check and the schema, text at the limits, 1 to 100 lines, every currency and transport mode', async () => {
    const seed = Date.now();
    const declarations = fc.sample(declarationArbitrary, { numRuns: 1000, seed });
    const messages = declarations.flatMap((input, index) => {
      const precheck = precheckDeclaration(input);
      expect(
        precheck.issues.filter((found) => found.severity === 'error'),
        `seed ${seed}, order ${index}`,
      ).toEqual([]);
      return lifecycleMessages(input, `6870${2026}E${String(index).padStart(9, '0')}`, TEST_SUBMISSION, testIds).map((message) => ({ name: `order ${index} ${message.kind}`, xml: toXml(message) }));
    });
    const results = await validateMessages(messages);
    expect(results.filter((result) => !result.valid).slice(0, 3), `seed ${seed}`).toEqual([]);
    expect(new Set(messages.map((message) => message.name.split(' ')[2]))).toEqual(new Set(['CEB303', 'CEB603', 'CEB607', 'CEB701', 'CEB605', 'CEB213']));
    expect(new Set(declarations.map((input) => input.currency)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(declarations.map((input) => input.logistics.trafMode)).size).toBe(18);
    expect(Math.max(...declarations.map((input) => input.lines.length))).toBeGreaterThan(90);
  }, 240_000);
});
