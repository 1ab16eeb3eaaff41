export { DEMO_SEED, startWarehouseSimulator, type RunningSimulator, type SimInboundSummary } from './process.ts';
export { loadSeed, seedStock, type SimProvider, type WarehouseSeed } from './seed.ts';
export type { Faults } from './faults.ts';
