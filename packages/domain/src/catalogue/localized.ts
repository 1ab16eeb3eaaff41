/** Text that data files carry in both interface languages (rule reasons, attribute names…). */
export interface LocalText {
  zh: string;
  en: string;
}

/** The text for an interface language: English for `en*`, Chinese otherwise (the source language). */
export function localize(text: LocalText, language: string): string {
  return language.startsWith('en') ? text.en : text.zh;
}

export const localTextSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['zh', 'en'],
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
} as const;
