import type { SyncStatus } from '@tradewind/sync/client';
import { platform } from '../platform';
import { useWorkspace } from '../workspace.tsx';
import { useObservable } from './useObservable.ts';

export interface SyncSummary extends Pick<SyncStatus, 'syncing' | 'lastSyncAt' | 'error'> {
  /** The device has a network connection. */
  networkUp: boolean;
  /** Connected to the platform's live stream over that network. */
  online: boolean;
  /** Local changes waiting for the platform, over all collections. */
  pending: number;
  /** Conflict records for the user to review. */
  conflicts: number;
}

/** What the sync bar and the fair header show about replication, from one place. */
export function useSyncSummary(): SyncSummary {
  const { sync, conflicts } = useWorkspace();
  const status = useObservable(sync.status$, sync.status$.value);
  const conflictCount = useObservable(conflicts.all$, []).length;
  const networkUp = useObservable(platform.online$, platform.isOnline());
  return {
    networkUp,
    online: networkUp && status.connected,
    pending: Object.values(status.pending).reduce((sum, count) => sum + (count ?? 0), 0),
    syncing: status.syncing,
    lastSyncAt: status.lastSyncAt,
    error: status.error,
    conflicts: conflictCount,
  };
}
