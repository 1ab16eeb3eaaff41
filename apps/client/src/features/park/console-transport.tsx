import { useMutation, useQuery, type QueryKey, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import { PlatformError } from '@tradewind/contract';
import { createTransport, postJson, type Transport } from '@tradewind/sync/client';
import { App } from 'antd';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleSession } from '../../session/session.ts';

const TransportContext = createContext<Transport | null>(null);

/** The console's calls go through one transport with the administrator's in-memory session; a 401 ends it. */
export function ConsoleTransportProvider({ session, onLogout, children }: { session: ConsoleSession; onLogout: () => void; children: ReactNode }) {
  const transport = useMemo(() => createTransport(session.platformUrl, { accessToken: () => session.tokens.accessToken, refresh: async () => (onLogout(), false) }), [session, onLogout]);
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

export function useConsoleTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('useConsoleTransport outside ConsoleTransportProvider');
  return transport;
}

/** A JSON GET through the console's transport, kept under `queryKey`; other query options (`enabled`…) pass through. */
export function useConsoleQuery<T>(queryKey: QueryKey, path: string, options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {}) {
  const transport = useConsoleTransport();
  return useQuery({ ...options, queryKey, queryFn: () => transport.json<T>(path) });
}

/** A JSON POST through the console's transport. */
export function useConsolePost() {
  const transport = useConsoleTransport();
  return <T,>(path: string, body: unknown) => postJson<T>(transport, path, body);
}

/** A console error in the user's language: the platform's code when the console knows it, else a network failure. */
export function useConsoleError() {
  const { t } = useTranslation();
  return (error: unknown) => t(`park.errors.${error instanceof PlatformError ? error.code : 'network'}`, { defaultValue: t('park.errors.network') });
}

/** A console action that tells the administrator how it went: `said(result)` when it succeeds, the error in their language when it fails. */
export function useConsoleAction<T, Variables = void>({ said, ...options }: UseMutationOptions<T, Error, Variables> & { said: (result: T) => string }) {
  const { message } = App.useApp();
  const errorText = useConsoleError();
  return useMutation({
    ...options,
    onSuccess: (result, ...rest) => {
      void message.success(said(result));
      return options.onSuccess?.(result, ...rest);
    },
    onError: (error, ...rest) => {
      void message.error(errorText(error));
      return options.onError?.(error, ...rest);
    },
  });
}
