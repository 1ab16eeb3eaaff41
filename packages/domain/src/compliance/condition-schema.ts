/**
 * The JSON schema of a condition (see `Condition` in conditions.ts). Kept free of imports so the
 * templates file, which loads before the compliance code, can check its derivations with it.
 */
export const conditionSchema = {
  $id: 'condition',
  type: 'object',
  minProperties: 1,
  properties: {
    all: { type: 'array', minItems: 1, items: { $ref: 'condition' } },
    any: { type: 'array', minItems: 1, items: { $ref: 'condition' } },
    not: { $ref: 'condition' },
    template: { type: 'array', items: { type: 'string' } },
    channel: { type: 'array', items: { type: 'string' } },
    text: { type: 'string', minLength: 1 },
    attr: { type: 'string' },
    eq: { type: ['string', 'number', 'boolean'] },
    in: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
    gt: { type: 'number' },
    gte: { type: 'number' },
    lt: { type: 'number' },
    lte: { type: 'number' },
    hasAny: { type: 'array', items: { type: 'string' } },
    matches: { type: 'string', minLength: 1 },
    fibresWithin: { type: 'array', items: { type: 'string' } },
    fibresInclude: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
} as const;
