import { describe, expect, it } from 'vitest';
import { mergeAttachments } from './merge-attachments.ts';

const stub = (digest: string) => ({ digest, length: 67, type: 'image/png' });
const fetched = (digest: string) => ({ ...stub(digest), data: `bytes of ${digest}` });

describe('mergeAttachments', () => {
  it('keeps the bytes the server added beside the ones this device added (two pictures added on two devices)', () => {
    const base = { 'a.thumb': stub('a') };
    const merged = mergeAttachments(base, { ...base, 'mine.thumb': stub('m') }, { ...base, 'theirs.thumb': fetched('t') });
    expect(merged).toEqual({ 'a.thumb': stub('a'), 'mine.thumb': stub('m'), 'theirs.thumb': fetched('t') });
  });

  it('drops what this device removed, unless the server replaced it meanwhile', () => {
    const base = { 'a.thumb': stub('a'), 'b.thumb': stub('b') };
    expect(mergeAttachments(base, {}, { 'a.thumb': stub('a'), 'b.thumb': fetched('b2') })).toEqual({ 'b.thumb': fetched('b2') });
  });

  it('drops what the server removed, unless this device replaced it meanwhile', () => {
    const base = { 'a.thumb': stub('a'), 'b.thumb': stub('b') };
    expect(mergeAttachments(base, { 'a.thumb': stub('a'), 'b.thumb': stub('b2') }, {})).toEqual({ 'b.thumb': stub('b2') });
  });

  it('lets the server win an attachment both sides replaced', () => {
    const base = { 'a.thumb': stub('a') };
    expect(mergeAttachments(base, { 'a.thumb': stub('mine') }, { 'a.thumb': fetched('theirs') })).toEqual({ 'a.thumb': fetched('theirs') });
  });

  it('without a base keeps both sides, the server winning where both have one', () => {
    expect(mergeAttachments(undefined, { 'a.thumb': stub('mine'), 'b.thumb': stub('b') }, { 'a.thumb': fetched('theirs') })).toEqual({ 'a.thumb': fetched('theirs'), 'b.thumb': stub('b') });
  });
});
