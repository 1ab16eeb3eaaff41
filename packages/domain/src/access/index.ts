export * from './roles.ts';
export * from './registration-warnings.ts';
