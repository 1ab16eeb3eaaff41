import { startSyncEngine, createTransport, type SyncEngine } from '@tradewind/sync/client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openMerchantDatabase, type OpenDatabase } from './db/database.ts';
import { sessionTokens, type Session } from './session/session.ts';

export interface Workspace extends OpenDatabase {
  session: Session;
  sync: SyncEngine;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}

/** Opens the tenant's local database and starts replication; works the same with no network. */
export function WorkspaceProvider({ session, onExpired, fallback, children }: { session: Session; onExpired: () => void; fallback: ReactNode; children: ReactNode }) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  useEffect(() => {
    let cancelled = false;
    let opened: Workspace | null = null;
    void (async () => {
      const database = await openMerchantDatabase(session.tenant.id);
      const transport = createTransport(session.platformUrl, sessionTokens(session, onExpired));
      const sync = startSyncEngine({ transport, identifier: `${session.platformUrl}/${session.tenant.id}`, collections: database.db.collections });
      opened = { ...database, session, sync };
      if (cancelled) void close(opened);
      else setWorkspace(opened);
    })();
    return () => {
      cancelled = true;
      if (opened) void close(opened);
    };
  }, [session, onExpired]);

  useEffect(() => {
    if (!workspace) return;
    const wake = () => workspace.sync.syncNow();
    window.addEventListener('online', wake);
    return () => window.removeEventListener('online', wake);
  }, [workspace]);

  if (!workspace) return fallback;
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

async function close(workspace: Workspace): Promise<void> {
  await workspace.sync.stop();
  await workspace.db.close();
}
