/** Template attribute values as stored in a product (checked against the template separately). */
export const attributesSchema = {
  type: 'object',
  maxProperties: 60,
  propertyNames: { pattern: '^[a-z][A-Za-z0-9]{0,39}$' },
  additionalProperties: {
    anyOf: [
      { type: 'string', maxLength: 500 },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', maxItems: 60, items: { type: 'string', maxLength: 100 } },
      {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['fibre', 'percent'],
          properties: { fibre: { type: 'string', maxLength: 40 }, percent: { type: 'number', exclusiveMinimum: 0, maximum: 100 } },
        },
      },
    ],
  },
} as const;
