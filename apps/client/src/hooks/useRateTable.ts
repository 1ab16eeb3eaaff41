import { isRateTable, type RateTable } from '@tradewind/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { map } from 'rxjs';
import { useObservable } from './useObservable.ts';
import { useWorkspace } from '../workspace.tsx';

const KEY = 'exchange-rates';
const REFRESH_MS = 60 * 60 * 1000;

/**
 * The platform's dated exchange-rate table, cached in a device-only local document so a whole
 * day offline still prices in every currency. Fetched again when online, at most hourly.
 */
export function useRateTable(): RateTable | null {
  const { db, transport } = useWorkspace();
  const cached$ = useMemo(
    () =>
      db.getLocal$<{ table: unknown }>(KEY).pipe(
        map((doc) => {
          const table = doc?.get('table');
          return isRateTable(table) ? table : null;
        }),
      ),
    [db],
  );
  useQuery({
    queryKey: ['exchange-rates', db.name],
    queryFn: async () => {
      const table = await transport.json<unknown>('/api/rates');
      if (!isRateTable(table)) throw new Error('The platform answered an unreadable rate table');
      await db.upsertLocal(KEY, { table });
      return table;
    },
    staleTime: REFRESH_MS,
    retry: false,
    networkMode: 'always',
  });
  return useObservable(cached$, null);
}
