export { startCustomsSimulator, type RunningCustomsSimulator, type SimDeclaration } from './process.ts';
export { SINGLE_WINDOW_SENDER } from './single-window.ts';
