/**
 * Module extensions for one build target, then Vite's defaults: `src/platform/index` resolves to
 * index.web.ts, index.electron.ts or index.testing.ts (chosen at build time, as Actual Budget does).
 */
export const extensionsFor = (target: 'web' | 'electron' | 'testing'): string[] => [`.${target}.ts`, '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];
