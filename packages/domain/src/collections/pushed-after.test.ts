import { describe, expect, it } from 'vitest';
import { COLLECTIONS, PUSHED_AFTER, type CollectionName } from './index.ts';

/** Every collection a device must push before `name`, directly or through another. */
function pushedBefore(name: CollectionName, path: CollectionName[] = []): CollectionName[] {
  if (path.includes(name)) throw new Error(`push order loops: ${[...path, name].join(' → ')}`);
  return (PUSHED_AFTER[name] ?? []).flatMap((first) => [first, ...pushedBefore(first, [...path, name])]);
}

describe('push order', () => {
  it('never makes a collection wait for itself, so no device push can wait forever', () => {
    for (const name of Object.keys(PUSHED_AFTER) as CollectionName[]) expect(pushedBefore(name)).not.toContain(name);
  });

  it('waits only for collections a device writes', () => {
    for (const first of Object.values(PUSHED_AFTER).flat()) expect(COLLECTIONS[first].serverOwned).not.toBe('all');
  });
});
