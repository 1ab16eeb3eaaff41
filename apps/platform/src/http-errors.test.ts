import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandling } from './http-errors.ts';

describe('internal errors', () => {
  it('answer 500 without internals and log no query parameters or document values', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) });
    const app = Fastify({ logger: { level: 'error', stream } });
    installErrorHandling(app);
    app.get('/boom', async () => {
      // What node-postgres and PGlite attach to a failed query.
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021', query: 'INSERT INTO doc_buyers …', parameters: ['buyer@example.com', '+971 50 123 4567'] });
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    const log = lines.join('');
    expect(log).toContain('22021');
    expect(log).not.toContain('buyer@example.com');
    expect(log).not.toContain('+971');
    expect(log).not.toContain('INSERT INTO');
  });
});
