import { readFileSync } from 'node:fs';
import { validateMessage } from '../xsd/validator.ts';

/** `validate FILE`: checks a CEB message against the official export XSD; exit code 1 when invalid. */
export async function validateCommand(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    console.error('usage: npm run customs -- validate FILE');
    return 2;
  }
  const result = await validateMessage(readFileSync(file, 'utf8'), file);
  if (result.valid) {
    console.log(`${file}: valid against the CEB 2022-05 export XSD`);
    return 0;
  }
  for (const error of result.errors) console.log(`${file}:${error.line ?? '?'}${error.element ? ` [${error.element}]` : ''} ${error.message}`);
  console.log(`${file}: INVALID (${result.errors.length} error${result.errors.length === 1 ? '' : 's'})`);
  return 1;
}
