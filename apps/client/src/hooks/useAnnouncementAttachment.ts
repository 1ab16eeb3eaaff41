import type { AnnouncementAttachment } from '@tradewind/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { map } from 'rxjs';
import { useWorkspace } from '../workspace.tsx';
import { useObservable } from './useObservable.ts';

const keyOf = (digest: string) => `announcement-attachment-${digest}`;

const dataUrlOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The attachment could not be read'));
    reader.readAsDataURL(blob);
  });

/**
 * A park announcement's attachment (a picture or a PDF) as a data URL. Fetched once online (the
 * platform copies it into every recipient's image store) and kept in a device-only local document,
 * so the notice and its attachment stay readable offline; null until then.
 */
export function useAnnouncementAttachment(attachment: AnnouncementAttachment | null): string | null {
  const { db, transport } = useWorkspace();
  const digest = attachment?.digest ?? '';
  const cached$ = useMemo(() => db.getLocal$<{ dataUrl: string }>(keyOf(digest)).pipe(map((doc) => (doc?.get('dataUrl') as string | undefined) ?? null)), [db, digest]);
  const cached = useObservable(cached$, null);
  useQuery({
    queryKey: ['announcement-attachment', db.name, digest],
    enabled: attachment !== null && cached === null,
    queryFn: async () => {
      const response = await transport.fetch(`/api/images/${digest}`);
      if (!response.ok) throw new Error(`The attachment answered ${response.status}`);
      const dataUrl = await dataUrlOf(await response.blob());
      await db.upsertLocal(keyOf(digest), { dataUrl });
      return true;
    },
    retry: false,
    networkMode: 'always',
  });
  return cached;
}
