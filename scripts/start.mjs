// `npm start`: the platform on embedded PGlite plus the desktop app; where Electron cannot start,
// the same merchant app is served to a browser and its address printed.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectron } from '../apps/desktop/electron-path.mjs';
import { registerDemoCertificates, startSimulator } from './demo-simulators.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const customsUrl = await startSimulator(root, tsx, 'apps/simulators/src/customs/main.ts', ['--port', '4420'], children);
const warehouseUrl = await startSimulator(root, tsx, 'apps/simulators/src/warehouse/main.ts', ['--port', '4410', '--seed', 'apps/simulators/seeds/warehouse-demo.json'], children);
const mailboxUrl = await startSimulator(root, tsx, 'apps/simulators/src/smtp/main.ts', ['--port', '2525', '--http-port', '4430'], children);
console.log(`Simulators: single window ${customsUrl}, warehouse providers ${warehouseUrl}, mail server smtp://127.0.0.1:2525 (received mail: ${mailboxUrl}/messages)`);

const platform = spawn(tsx, ['apps/platform/src/main.ts'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    TRADEWIND_CUSTOMS_GATEWAY: process.env.TRADEWIND_CUSTOMS_GATEWAY ?? `single-window-http ${customsUrl}`,
    TRADEWIND_WAREHOUSE_API: process.env.TRADEWIND_WAREHOUSE_API ?? warehouseUrl,
    TRADEWIND_MAIL: process.env.TRADEWIND_MAIL ?? 'smtp smtp://tradewind:tradewind-smtp@127.0.0.1:2525',
    TRADEWIND_MAIL_FROM: process.env.TRADEWIND_MAIL_FROM ?? 'Tradewind Demo Park <proforma@park.example>',
  },
});
children.push(platform);
platform.on('exit', (code) => process.exit(code ?? 0));

const platformUrl = await new Promise((resolve) => {
  let seen = '';
  platform.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    seen += chunk.toString();
    const match = /Tradewind platform on (http:\/\/\S+)/.exec(seen);
    if (match) resolve(match[1]);
  });
});

await registerDemoCertificates(root, platformUrl, customsUrl).catch((error) => console.error(`Demo customs set-up failed: ${error.message}`));

const electron = await findElectron();
if (electron.path) {
  const desktop = spawn(electron.path, ['apps/desktop'], { cwd: root, stdio: 'inherit', env: { ...process.env, TRADEWIND_PLATFORM_URL: platformUrl } });
  children.push(desktop);
  desktop.on('exit', stopAll);
} else {
  console.log(`
  The desktop app cannot start here: ${electron.reason}.
  信风 Tradewind is running in browser mode instead — open the merchant app at:

      ${platformUrl}/

  Demo logins (password tradewind-demo): yangjiang-knives, shaoxing-textile, park-admin, trainer.
  Press Ctrl+C to stop.
`);
}
