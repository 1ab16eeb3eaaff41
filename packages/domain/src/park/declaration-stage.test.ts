import { describe, expect, it } from 'vitest';
import { declarationCounts, declarationStage } from './declaration-stage.ts';

describe('declarationStage', () => {
  it('reads the customs status codes as the console shows them', () => {
    expect(declarationStage('none', false)).toBe('waiting');
    expect(declarationStage('sent', false)).toBe('sent');
    expect(declarationStage('120', false)).toBe('in_review');
    expect(declarationStage('399', false)).toBe('in_review');
    expect(declarationStage('800', false)).toBe('released');
    expect(declarationStage('899', false)).toBe('released');
    expect(declarationStage('100', false)).toBe('rejected');
    expect(declarationStage('-621001', false)).toBe('rejected');
    expect(declarationStage('failed', false)).toBe('failed');
  });

  it('calls a declaration cancelled only once customs answered the cancel request', () => {
    expect(declarationStage('800', true)).toBe('released');
    expect(declarationStage('399', true)).toBe('cancelled');
  });

  it('never counts rejected, failed or cancelled declarations as exports', () => {
    expect(['rejected', 'failed', 'cancelled'].map((stage) => declarationCounts(stage as never))).toEqual([false, false, false]);
    expect(declarationCounts('released')).toBe(true);
    expect(declarationCounts('in_review')).toBe(true);
  });
});
