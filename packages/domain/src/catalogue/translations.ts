/** Product content is written in Chinese (the source) and translated into these market languages. */
export const CONTENT_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export interface Translation {
  name: string;
  description: string;
  /** Fingerprint of the Chinese source the translation was made from. */
  source: string;
  translatedAt: string;
}

export type TranslationStatus = 'missing' | 'stale' | 'current';

/** FNV-1a (32 bit) of the source name and description: cheap, stable, and enough to notice a change. */
export function sourceFingerprint(source: { name: string; description: string }): string {
  let hash = 0x811c9dc5;
  const text = `${source.name}\u0000${source.description}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A translation is stale once the Chinese name or description changed after it was made. */
export function translationStatus(source: { name: string; description: string }, translation: Translation | undefined): TranslationStatus {
  if (!translation || !translation.name) return 'missing';
  return translation.source === sourceFingerprint(source) ? 'current' : 'stale';
}
