import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { textColumns } from './text-columns.ts';

describe('textColumns', () => {
  it('shows each field as it is, titled by the translation of <prefix>.<field>, in the order given', () => {
    const t = ((key: string) => `«${key}»`) as unknown as TFunction;
    expect(textColumns<{ company: string; email: string }>(t, 'fair', ['company', 'email'])).toEqual([
      { title: '«fair.company»', dataIndex: 'company' },
      { title: '«fair.email»', dataIndex: 'email' },
    ]);
  });
});
