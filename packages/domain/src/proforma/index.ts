export * from './model.ts';
export * from './texts.ts';
export * from './email.ts';
export * from './email-request.ts';
