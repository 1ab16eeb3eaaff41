import { createTransport, startSyncEngine, type SyncEngine, type Transport } from '@tradewind/sync/client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { distinctUntilChanged, filter, map, skip, throttleTime } from 'rxjs';
import { openMerchantDatabase, scheduleErase, type OpenDatabase } from './db/database.ts';
import type { StoreContext } from './stores/documents.ts';
import { platform } from './platform';
import { sessionTokens, type SessionEnd } from './session/session.ts';
import { vault, type SessionProfile, type Unlocked } from './session/vault.ts';

export interface Workspace extends OpenDatabase {
  profile: SessionProfile;
  unlocked: Unlocked;
  sync: SyncEngine;
  /** Authenticated calls to the platform that are not replicated (devices, audit, rates…). */
  transport: Transport;
  /** The write layer's context: every document write goes through `stores/*-store.ts` with it. */
  store: StoreContext;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}

/** Opens the tenant's local database and starts replication; works the same with no network. */
export function WorkspaceProvider({ unlocked, onSessionExpired, fallback, children }: { unlocked: Unlocked; onSessionExpired: () => void; fallback: ReactNode; children: ReactNode }) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  useEffect(() => {
    let cancelled = false;
    let opened: Workspace | null = null;
    void (async () => {
      const { profile } = unlocked;
      const database = await openMerchantDatabase(profile.tenant.id, unlocked.databaseKey);
      // A revoked device forgets its keys at once; the data is erased by a fresh start of the app,
      // when no database connection can hold the deletion up (see App's start-up gate).
      const ended = (why: SessionEnd) => {
        if (why === 'device_revoked') {
          vault.clear();
          scheduleErase(profile.tenant.id);
          window.location.reload();
          return;
        }
        onSessionExpired();
      };
      const transport = createTransport(profile.platformUrl, sessionTokens(unlocked, ended));
      const sync = startSyncEngine({ transport, identifier: `${profile.platformUrl}/${profile.tenant.id}`, collections: database.db.collections });
      opened = { ...database, profile, unlocked, sync, transport, store: { db: database.db, now: platform.now } };
      if (cancelled) void close(opened);
      else setWorkspace(opened);
    })();
    return () => {
      cancelled = true;
      if (opened) void close(opened);
    };
  }, [unlocked, onSessionExpired]);

  useEffect(() => {
    if (!workspace) return;
    const wake = platform.online$.pipe(skip(1), filter(Boolean)).subscribe(() => workspace.sync.syncNow());
    // Reaching the platform restarts the offline allowance.
    const subscription = workspace.sync.status$
      .pipe(
        map((status) => status.lastSyncAt),
        distinctUntilChanged(),
        filter(Boolean),
        throttleTime(60_000),
      )
      .subscribe(() => vault.markOnline());
    return () => {
      wake.unsubscribe();
      subscription.unsubscribe();
    };
  }, [workspace]);

  if (!workspace) return fallback;
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** Replication stops within a moment even with requests in flight; the database closes after it. */
async function close(workspace: Workspace): Promise<void> {
  await Promise.race([workspace.sync.stop(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  await workspace.db.close();
}
