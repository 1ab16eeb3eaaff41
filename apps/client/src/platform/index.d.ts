// Types only: Vite and Vitest resolve `platform/index` to index.web.ts, index.electron.ts or index.testing.ts.
import type { Platform } from './types.ts';

export type * from './types.ts';
export declare const platform: Platform;
