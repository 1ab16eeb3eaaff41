import type { DevicePublicKey } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './demo-accounts.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
}

/** The body as JSON when it is JSON, else the text (so an assertion shows it). */
function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** One JSON request through `app.inject`. */
export async function api<T = unknown>(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await app.inject({
    method,
    url,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });
  return { status: response.statusCode, body: parsed(response.body) as T, headers: response.headers };
}

/** One request with a raw (string) body, for JSON that object literals cannot express. */
export async function rawApi<T = unknown>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  payload: string | Buffer,
  options: { token?: string; contentType?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await app.inject({
    method,
    url,
    payload,
    headers: { 'content-type': options.contentType ?? 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
  });
  return { status: response.statusCode, body: parsed(response.body) as T, headers: response.headers };
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string,
  deviceName = 'vitest',
  devicePublicKey?: DevicePublicKey,
): Promise<ApiResponse<Session & Record<string, unknown>>> {
  return api(app, 'POST', '/api/auth/login', { body: { username, password, deviceName, devicePublicKey } });
}

/** A demo user's access token; fails the test unless the login succeeds. */
export async function login(app: FastifyInstance, username: string, deviceName = 'vitest'): Promise<string> {
  const response = await loginAs(app, username, DEMO_PASSWORD, deviceName);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.accessToken;
}
