import { describe, expect, it } from 'vitest';
import { sourceFingerprint, translationStatus } from './translations.ts';

describe('translations', () => {
  const source = { name: '背锁折叠刀', description: '8Cr13MoV 不锈钢' };
  const made = { name: 'Lock-back folding knife', description: '8Cr13MoV stainless', source: sourceFingerprint(source), translatedAt: '2026-11-01T00:00:00Z' };

  it('is current while the Chinese source is unchanged, and stale once it changes', () => {
    expect(translationStatus(source, made)).toBe('current');
    expect(translationStatus({ ...source, description: '8Cr13MoV 不锈钢，G10 手柄' }, made)).toBe('stale');
    expect(translationStatus(source, undefined)).toBe('missing');
  });

  it('fingerprints name and description apart', () => {
    expect(sourceFingerprint({ name: 'ab', description: 'c' })).not.toBe(sourceFingerprint({ name: 'a', description: 'bc' }));
  });
});
