// The overseas-warehouse simulators in one process:
//   tsx src/warehouse/main.ts --port 4410 --seed seeds/warehouse-demo.json
// Port 0 takes a free port; the address is printed on the first line for whoever started it.
import { parseArgs } from 'node:util';
import { loadSeed } from './seed.ts';
import { createWarehouseSimulator } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4410' }, seed: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } });
if (!values.seed) {
  console.error('usage: main.ts --port <port> --seed <seed.json>');
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be 0–65535, got ${values.port}`);
  process.exit(2);
}

const app = createWarehouseSimulator(loadSeed(values.seed));
const address = await app.listen({ port, host: values.host });
console.log(`Tradewind warehouse simulators on ${address}`);

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
