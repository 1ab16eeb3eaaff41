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
 * Characters no text of ours may hold: C0 controls other than tab and line breaks, DEL (PostgreSQL
 * cannot store NUL), and the bidi embeddings, overrides and isolates that would reorder what a
 * proforma, a declaration or the park console shows (the marks U+200E/U+200F stay allowed).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** `text` with each forbidden character replaced by U+FFFD, for keeping what could not be stored. */
export function replaceForbiddenCharacters(text: string): string {
  return text.replace(new RegExp(FORBIDDEN_CHARACTER.source, 'g'), '\uFFFD');
}

/** The first forbidden character in `text`, as `U+XXXX`, or null. */
export function forbiddenCharacter(text: string): string | null {
  const found = FORBIDDEN_CHARACTER.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Where in `value` a string (or key) holds a forbidden character. */
function forbiddenCharacterProblem(value: unknown, path = ''): ValidationProblem | null {
  if (typeof value === 'string') {
    const character = forbiddenCharacter(value);
    return character ? { path: path || '/', message: `must not contain the control character ${character}` } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const problem = forbiddenCharacterProblem(key, `${path}/${key}`) ?? forbiddenCharacterProblem(child, `${path}/${key}`);
    if (problem) return problem;
  }
  return null;
}

/**
 * Validates a document (without replication fields such as `_deleted`) against its collection's
 * schema — the same schema the device's database uses — and for forbidden characters. Returns the
 * first problem or null.
 */
export function validateDocument(collection: CollectionName, doc: unknown): ValidationProblem | null {
  const validate = validatorFor(collection);
  if (validate(doc)) return forbiddenCharacterProblem(doc);
  const error = validate.errors?.[0];
  // Name the unexpected field itself, so the merchant's notice can say which one was refused.
  const extra = error?.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
  return { path: `${error?.instancePath ?? ''}${extra}` || '/', message: error?.message ?? 'invalid' };
}
