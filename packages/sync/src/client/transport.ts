import { PlatformError, type ErrorBody, type ErrorCode } from '@tradewind/contract';

/** Where the access token comes from, and how to get a new one when it expires. */
export interface TokenSource {
  accessToken(): string | null;
  /** Resolves true when a fresh access token is now available. */
  refresh(): Promise<boolean>;
}

export interface Transport {
  readonly baseUrl: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  json<T>(path: string, init?: RequestInit): Promise<T>;
}

/** The error a non-2xx answer carries (`http_<status>` when its body names no code). */
export async function toPlatformError(response: Response): Promise<PlatformError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  return new PlatformError(response.status, (body?.error?.code as ErrorCode | undefined) ?? `http_${response.status}`, body?.error?.message ?? response.statusText);
}

/** Before a login: no token to send, none to refresh. */
const NO_SESSION: TokenSource = { accessToken: () => null, refresh: async () => false };

/**
 * Every call from a device to the platform goes through a Transport: with a session, each call is
 * authenticated and a 401 gets one refresh-and-retry; without one (login, registration), calls
 * are anonymous. Network failures throw TypeError; non-2xx answers from `json` throw PlatformError.
 */
export function createTransport(baseUrl: string, tokens: TokenSource = NO_SESSION): Transport {
  const base = baseUrl.replace(/\/$/, '');
  const send = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const token = tokens.accessToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(base + path, { ...init, headers });
  };
  const transport: Transport = {
    baseUrl: base,
    async fetch(path, init) {
      const response = await send(path, init);
      if (response.status !== 401) return response;
      return (await tokens.refresh()) ? send(path, init) : response;
    },
    async json(path, init) {
      const response = await transport.fetch(path, init);
      if (!response.ok) throw await toPlatformError(response);
      return response.json();
    },
  };
  return transport;
}

/** POSTs a JSON body and reads the JSON answer. */
export function postJson<T>(transport: Transport, path: string, body: unknown): Promise<T> {
  return transport.json<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
