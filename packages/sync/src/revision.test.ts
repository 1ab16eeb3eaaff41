import { describe, expect, it } from 'vitest';
import { epochTag, formatRevision, parseRevision } from './revision.ts';

describe('revisions on the wire', () => {
  it('round-trips a pulled state and a conflict answer', () => {
    expect(parseRevision(formatRevision({ tx: '9031', epoch: 'a1b2c3d4' }))).toEqual({ tx: '9031', epoch: 'a1b2c3d4' });
    const conflict = { tx: '9031', epoch: 'a1b2c3d4', changedSinceBase: ['moq', '_deleted'] };
    expect(formatRevision(conflict)).toBe('9031@a1b2c3d4;moq,_deleted');
    expect(parseRevision(formatRevision(conflict))).toEqual(conflict);
  });

  it('tells "nothing changed since the base" apart from "the base is unknown"', () => {
    expect(parseRevision('12@a1b2c3d4;')).toEqual({ tx: '12', epoch: 'a1b2c3d4', changedSinceBase: [] });
    expect(parseRevision('12@a1b2c3d4')!.changedSinceBase).toBeUndefined();
  });

  it('ignores what is not a platform revision: RxDB revisions, an old app, garbage', () => {
    for (const value of ['1-abc', undefined, null, 12, '12@', '12@A1B2C3D4', '12@a1b2c3d4;bad field', `${'9'.repeat(21)}@a1b2c3d4`]) {
      expect(parseRevision(value)).toBeUndefined();
    }
  });

  it('tags an epoch with eight hex digits of its id', () => {
    expect(epochTag('3f2b8c1e-77aa-4d0e-9c1b-0123456789ab')).toBe('3f2b8c1e');
  });
});
