import { access, constants, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Locates the Electron executable without starting a download.
 * require('electron') cannot be used for this: when the binary is missing it tries to download it.
 * Its lookup (path.txt, ELECTRON_OVERRIDE_DIST_PATH) is replicated here instead.
 *
 * @param {{ env?: NodeJS.ProcessEnv, packageDir?: string }} [options] packageDir: the electron package folder
 * @returns {Promise<{ path: string, reason: null } | { path: null, reason: string }>}
 */
export async function findElectron({ env = process.env, packageDir } = {}) {
  const dir = packageDir ?? electronPackageDir();
  if (dir === null) return missing('the electron npm package is not installed (npm install -w @tradewind/desktop)');

  const executable = await readExecutableName(dir);
  let candidate;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
  } else if (executable === null) {
    return missing(`the Electron binary was never downloaded (${path.join(dir, 'path.txt')} is missing); run "npx install-electron" with network access`);
  } else {
    candidate = path.join(dir, 'dist', executable);
  }

  if (!(await isExecutableFile(candidate))) return missing(`${candidate} is missing or not executable`);
  return { path: candidate, reason: null };
}

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

async function readExecutableName(dir) {
  try {
    return (await readFile(path.join(dir, 'path.txt'), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

async function isExecutableFile(file) {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function missing(reason) {
  return { path: null, reason };
}
