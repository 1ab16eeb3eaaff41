// The single-window simulator as its own process:
//   tsx src/customs/main.ts --port 4420 [--clock-start 2026-10-20T00:00:00Z]
// Port 0 takes a free port; the address is printed on the first line for whoever started it.
import { parseArgs } from 'node:util';
import { createCustomsSimulator } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4420' }, host: { type: 'string', default: '127.0.0.1' }, 'clock-start': { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be 0–65535, got ${values.port}`);
  process.exit(2);
}

const clockStartMs = values['clock-start'] === undefined ? undefined : Date.parse(values['clock-start']);
if (clockStartMs !== undefined && Number.isNaN(clockStartMs)) {
  console.error(`--clock-start must be an ISO-8601 instant, got ${values['clock-start']}`);
  process.exit(2);
}

const app = createCustomsSimulator({ clockStartMs });
const address = await app.listen({ port, host: values.host });
console.log(`Tradewind single-window simulator on ${address}`);

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
