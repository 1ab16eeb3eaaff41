import { describe, expect, it } from 'vitest';
import { MAX_PROFORMA_NOTE } from '../collections/proforma-emails.ts';
import { isValidProformaEmailField, proformaEmailFields } from './email-request.ts';

describe('what an e-mail request carries', () => {
  it('keeps the recipient and note as typed, without the spaces around them, and no empty note', () => {
    expect(proformaEmailFields({ recipient: '  anna@nordic-kitchen.se ', note: ' See you in Stockholm. ' })).toEqual({ recipient: 'anna@nordic-kitchen.se', note: 'See you in Stockholm.' });
    expect(proformaEmailFields({ recipient: 'anna@kitchen.se', note: '   ' })).toEqual({ recipient: 'anna@kitchen.se', note: undefined });
  });

  it.each(['', 'anna', 'anna@', 'anna@kitchen', 'Anna <anna@kitchen.se>', 'anna@kitchen.se, bo@kitchen.se', 'an na@kitchen.se'])('names the recipient %j as what cannot go out', (recipient) => {
    expect(proformaEmailFields({ recipient })).toEqual({ invalid: 'recipient' });
  });

  it('takes a note as long as the platform keeps, and names a longer one', () => {
    expect(proformaEmailFields({ recipient: 'anna@kitchen.se', note: 'x'.repeat(MAX_PROFORMA_NOTE) })).toMatchObject({ note: 'x'.repeat(MAX_PROFORMA_NOTE) });
    expect(proformaEmailFields({ recipient: 'anna@kitchen.se', note: ` ${'x'.repeat(MAX_PROFORMA_NOTE)} ` })).toMatchObject({ note: 'x'.repeat(MAX_PROFORMA_NOTE) });
    expect(proformaEmailFields({ recipient: 'anna@kitchen.se', note: 'x'.repeat(MAX_PROFORMA_NOTE + 1) })).toEqual({ invalid: 'note' });
  });
});

describe('one field of an e-mail request form', () => {
  it.each([
    ['recipient', ' anna@kitchen.se ', true],
    ['recipient', 'anna@kitchen', false],
    ['recipient', undefined, false],
    ['note', undefined, true],
    ['note', ` ${'x'.repeat(MAX_PROFORMA_NOTE)} `, true],
    ['note', 'x'.repeat(MAX_PROFORMA_NOTE + 1), false],
  ] as const)('%s %j is taken: %s', (field, typed, taken) => {
    expect(isValidProformaEmailField(field, typed)).toBe(taken);
  });
});
