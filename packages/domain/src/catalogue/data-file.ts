import { Ajv } from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false });

/**
 * Checks a data file from `resources/` against its schema when it is loaded, so a mistake in
 * the data stops the app and the platform at start with the file and path named, instead of
 * turning into a wrong answer later.
 */
export function checkDataFile<T>(name: string, schema: object, data: unknown): T {
  const validate = ajv.compile(schema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
    throw new Error(`${name} is not valid: ${problems.join('; ')}`);
  }
  return data as T;
}

/** A schema several data files use (conditions): registered once, referenced by its `$id`. */
export function sharedSchema(schema: { $id: string }): { $ref: string } {
  if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
  return { $ref: schema.$id };
}
