// The SMTP simulator as its own process:
//   tsx src/smtp/main.ts --port 2525 --http-port 4430 [--user tradewind --password tradewind-smtp --size-limit 10485760]
// Port 0 takes a free one. The first line names the HTTP side ("… on http://…") and the SMTP address.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createSmtpSimulator } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2525' },
    'http-port': { type: 'string', default: '4430' },
    host: { type: 'string', default: '127.0.0.1' },
    user: { type: 'string', default: 'tradewind' },
    password: { type: 'string', default: 'tradewind-smtp' },
    'size-limit': { type: 'string', default: String(10 * 1024 * 1024) },
  },
});
const number = (name: 'port' | 'http-port' | 'size-limit', max: number) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`--${name} must be a whole number 0–${max}, got ${values[name]}`);
    process.exit(2);
  }
  return value;
};
const port = number('port', 65_535);
const httpPort = number('http-port', 65_535);
const sizeLimit = number('size-limit', 1024 * 1024 * 1024);

const { smtp, http } = createSmtpSimulator({ user: values.user, password: values.password, sizeLimit });
await new Promise<void>((resolve, reject) => {
  smtp.once('error', reject);
  smtp.listen(port, values.host, () => resolve());
});
const smtpPort = (smtp.server.address() as AddressInfo).port;
const address = await http.listen({ port: httpPort, host: values.host });
console.log(`Tradewind SMTP simulator on ${address} smtp://${values.host}:${smtpPort}`);

const stop = () => void Promise.all([http.close(), new Promise<void>((resolve) => smtp.close(() => resolve()))]).then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
