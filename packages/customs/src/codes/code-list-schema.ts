const sourceSchema = {
  type: 'object',
  required: ['name', 'reference'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1 }, reference: { type: 'string', minLength: 1 }, note: { type: 'string' } },
} as const;

/** Every customs code-list file: where it comes from, and entries whose shape the caller gives. */
export function codeListSchema(entry: { required: string[]; properties: Record<string, object> }): object {
  return {
    type: 'object',
    required: ['source', 'entries'],
    additionalProperties: false,
    properties: {
      source: sourceSchema,
      entries: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', additionalProperties: false, required: entry.required, properties: entry.properties },
      },
    },
  };
}

export const labelled = {
  zh: { type: 'string', minLength: 1 },
  en: { type: 'string', minLength: 1 },
} as const;

export const code = (pattern: string) => ({ type: 'string', pattern }) as const;
