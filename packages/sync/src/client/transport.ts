import type { ErrorBody } from '../protocol.ts';

/** Where the access token comes from, and how to get a new one when it expires. */
export interface TokenSource {
  accessToken(): string | null;
  /** Resolves true when a fresh access token is now available. */
  refresh(): Promise<boolean>;
}

/** A platform answer that is not 2xx; `code` is the platform's error code. */
export class PlatformError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Transport {
  readonly baseUrl: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  json<T>(path: string, init?: RequestInit): Promise<T>;
}

async function toPlatformError(response: Response): Promise<PlatformError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  return new PlatformError(response.status, body?.error?.code ?? `http_${response.status}`, body?.error?.message ?? response.statusText);
}

/** Authenticated calls to the platform; one refresh-and-retry on 401. Network failures throw TypeError. */
export function createTransport(baseUrl: string, tokens: TokenSource): Transport {
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
