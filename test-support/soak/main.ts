/** `npm run soak:sync -- --runs N --seed S [--devices D] [--platforms P]`; PostgreSQL (and P processes) when DATABASE_URL is set. */
import { parseArgs } from 'node:util';
import { soak } from './soak.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' }, devices: { type: 'string', default: '3' }, platforms: { type: 'string', default: '2' } },
});
const report = await soak({
  runs: Number(values.runs),
  seed: Number(values.seed),
  devices: Number(values.devices),
  platforms: Number(values.platforms),
  databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
  log: (line) => console.log(line),
});
console.log(`\n${report.runs} runs (seeds ${values.seed}–${Number(values.seed) + report.runs - 1}) on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; faults injected:`);
for (const [kind, count] of Object.entries(report.faults).sort()) console.log(`  ${kind}: ${count}`);
console.log('device writes, by kind:');
for (const [kind, count] of Object.entries(report.writes).sort()) console.log(`  ${kind}: ${count}`);
console.log(`violations: ${report.violations.length}`);
for (const violation of report.violations) console.log(`  seed ${violation.seed}: ${violation.problem}`);
process.exit(report.violations.length === 0 ? 0 : 1);
