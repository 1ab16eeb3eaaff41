import { useMemo } from 'react';
import { map } from 'rxjs';
import { useWorkspace } from '../workspace.tsx';
import { useObservable } from './useObservable.ts';

/** How many notices the user has not marked read yet (the menu's badge). */
export function useUnreadNotices(): number {
  const { db } = useWorkspace();
  const unread$ = useMemo(() => db.notices.find({ selector: { readAt: { $exists: false } } }).$.pipe(map((docs) => docs.length)), [db]);
  return useObservable(unread$, 0);
}
