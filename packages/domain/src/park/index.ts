export * from './vocabulary.ts';
export * from './announcements.ts';
