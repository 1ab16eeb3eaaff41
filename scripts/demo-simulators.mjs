// The demo park's external systems for `npm start`: the single-window (customs) and warehouse-provider
// simulators as their own processes, and the demo merchants' signing certificates registered with
// customs, as a park does once with the real single window.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DEMO_MERCHANTS = ['yangjiang-knives', 'shaoxing-textile'];
const DEMO_PASSWORD = 'tradewind-demo';

/** Starts a simulator (`tsx <script> …args`) and resolves with its address once it prints it. */
export function startSimulator(root, tsx, script, args, children) {
  const child = spawn(tsx, [script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const match = / on (http:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${seen}`)));
  });
}

const json = async (response) => {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return response.json();
};

/** Registers each demo merchant's certificate (read as its owner, who then logs out) with the customs simulator. */
export async function registerDemoCertificates(root, platformUrl, customsUrl) {
  for (const username of DEMO_MERCHANTS) {
    const { merchant } = JSON.parse(readFileSync(`${root}resources/demo-park/${username}.json`, 'utf8'));
    const post = (url, body, token) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    const { accessToken } = await json(await post(`${platformUrl}/api/auth/login`, { username, password: DEMO_PASSWORD, deviceName: 'npm start: customs set-up' }));
    const { certificate } = await json(await fetch(`${platformUrl}/api/customs/credentials`, { headers: { authorization: `Bearer ${accessToken}` } }));
    await json(await post(`${customsUrl}/admin/certificates`, { copCode: merchant.customsCode, certificate }));
    await json(await post(`${platformUrl}/api/auth/logout`, {}, accessToken));
  }
}
