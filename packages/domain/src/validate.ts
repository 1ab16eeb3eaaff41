import { Ajv, type ValidateFunction } from 'ajv';
import { COLLECTIONS, type CollectionName } from './collections/index.ts';

export interface ValidationProblem {
  path: string;
  message: string;
}

/** RxDB-only keywords that are not JSON Schema. */
const RXDB_KEYWORDS = ['version', 'primaryKey', 'indexes', 'encrypted', 'keyCompression', 'attachments', 'final', 'ref'];

const ajv = new Ajv({ allErrors: false, strict: false });
for (const keyword of RXDB_KEYWORDS) ajv.addKeyword(keyword);

const validators = new Map<CollectionName, ValidateFunction>();

function validatorFor(collection: CollectionName): ValidateFunction {
  let validate = validators.get(collection);
  if (!validate) {
    validate = ajv.compile(COLLECTIONS[collection].schema);
    validators.set(collection, validate);
  }
  return validate;
}

/**
 * Validates a document (without replication fields such as `_deleted`) against its collection's
 * schema: the same schema the device's database uses. Returns the first problem or null.
 */
export function validateDocument(collection: CollectionName, doc: unknown): ValidationProblem | null {
  const validate = validatorFor(collection);
  if (validate(doc)) return null;
  const error = validate.errors?.[0];
  // Name the unexpected field itself, so the merchant's notice can say which one was refused.
  const extra = error?.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
  return { path: `${error?.instancePath ?? ''}${extra}` || '/', message: error?.message ?? 'invalid' };
}
