// `npm test`: lint, type-check and build every workspace, then Vitest, then Playwright; one closing line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}test-results`;
mkdirSync(results, { recursive: true });
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json` };
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (run('npm', ['run', 'lint']) !== 0) process.exit(1);
if (run('npx', ['turbo', 'run', 'typecheck', 'build']) !== 0) process.exit(1);
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
const e2e = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json']);

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const vitest = readJson(`${results}/vitest.json`);
const playwright = readJson(`${results}/e2e.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit !== 0 || e2e !== 0 || failed > 0 || !vitest || !playwright ? 1 : 0);
