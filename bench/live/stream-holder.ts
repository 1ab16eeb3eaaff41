/**
 * Thousands of open change streams from one process, on plain `node:http` (lighter than fetch per
 * connection): opens them a few hundred at a time and counts the change events they carry.
 */
import { request, type ClientRequest } from 'node:http';

const OPEN_AT_ONCE = 200;

export function streamHolder(baseUrl: string) {
  const requests: ClientRequest[] = [];
  let open = 0;
  let events = 0;
  const openOne = (token: string) =>
    new Promise<void>((resolve, reject) => {
      const call = request(`${baseUrl}/api/sync/stream`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
        open++;
        response.setEncoding('utf8');
        response.on('data', (text: string) => (events += text.split('event: change').length - 1));
        response.on('close', () => open--);
        resolve();
      });
      call.on('error', reject);
      call.end();
      requests.push(call);
    });
  return {
    async open(tokens: string[]) {
      for (let i = 0; i < tokens.length; i += OPEN_AT_ONCE) await Promise.all(tokens.slice(i, i + OPEN_AT_ONCE).map(openOne));
    },
    openCount: () => open,
    events: () => events,
    close: () => requests.forEach((call) => call.destroy()),
  };
}
