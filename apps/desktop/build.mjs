import { build } from 'esbuild';

const shared = {
  absWorkingDir: import.meta.dirname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
  // The sources use ESM's import.meta.dirname; in the CommonJS bundle the same value is __dirname.
  define: { 'import.meta.dirname': '__dirname' },
};

await build({ ...shared, entryPoints: ['src/main.ts'], outfile: 'dist/main.cjs' });
await build({ ...shared, entryPoints: ['src/preload.ts'], outfile: 'dist/preload.cjs' });
