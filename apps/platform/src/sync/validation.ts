import { PlatformError } from '@tradewind/contract';
import { INVALID_INPUT } from '@tradewind/sync/server';
import { Ajv } from 'ajv';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';

/** Push bodies are checked as sent: no coercion (a string "false" is not a boolean), no defaults. */
const strict = new Ajv({ allErrors: false });
export const strictValidator: FastifySchemaCompiler<unknown> = ({ schema }) => strict.compile(schema as object);

/** A request part that fails its schema answers with the replication protocol's own code and status. */
export function replicationInputError(errors: FastifySchemaValidationError[], part: string): Error {
  const field = errors[0]?.instancePath.split('/')[1];
  const answer = part === 'querystring' ? (field === 'batchSize' ? INVALID_INPUT.batchSize : INVALID_INPUT.checkpoint) : part === 'params' ? INVALID_INPUT.params : INVALID_INPUT.body;
  const where = errors[0] ? ` (${part}${errors[0].instancePath} ${errors[0].message})` : '';
  return new PlatformError(answer.status, answer.code, `${answer.message}${where}`);
}
