export * from './vocabulary.ts';
export * from './announcements.ts';
export * from './declaration-stage.ts';
export * from './monitoring-rules.ts';
export * from './monitoring.ts';
export * from './credit.ts';
