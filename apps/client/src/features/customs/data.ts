import type { FilingDoc } from '@tradewind/domain';
import { useMemo } from 'react';
import { map } from 'rxjs';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';
import { sharedFeed } from '../orders/data.ts';

/** Every filing on the device, newest first (plain documents). */
export function useFilings(): FilingDoc[] {
  const { db } = useWorkspace();
  const filings$ = useMemo(() => sharedFeed(db, 'filings', () => db.filings.find({ sort: [{ createdAt: 'desc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as FilingDoc)))), [db]);
  return useObservable(filings$, []);
}

/** The filings that are customs declarations (they carry a declaration). */
export function useDeclarations(): FilingDoc[] {
  const filings = useFilings();
  return useMemo(() => filings.filter((filing) => filing.declaration), [filings]);
}

/** The summary requests (CEB701) the platform made of the merchant's released B-flag inventories. */
export function useSummaries(): FilingDoc[] {
  const filings = useFilings();
  return useMemo(() => filings.filter((filing) => filing.kind === 'ceb701-summary'), [filings]);
}
