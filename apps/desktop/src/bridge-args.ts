import type { BridgeValues } from './bridge.ts';

// Main passes the bridge values as extra renderer command-line switches
// (webPreferences.additionalArguments); the sandboxed preload reads them from process.argv.
const PLATFORM_URL = '--tradewind-platform-url=';
const APP_VERSION = '--tradewind-app-version=';

export function toBridgeArgs(bridge: Omit<BridgeValues, 'kind'>): string[] {
  return [PLATFORM_URL + bridge.platformUrl, APP_VERSION + bridge.appVersion];
}

export function fromBridgeArgs(argv: readonly string[]): BridgeValues {
  return { kind: 'electron', platformUrl: readSwitch(argv, PLATFORM_URL), appVersion: readSwitch(argv, APP_VERSION) };
}

function readSwitch(argv: readonly string[], prefix: string): string {
  const arg = argv.find((a) => a.startsWith(prefix));
  if (arg === undefined) throw new Error(`Tradewind preload: missing ${prefix.slice(0, -1)} argument`);
  return arg.slice(prefix.length);
}
