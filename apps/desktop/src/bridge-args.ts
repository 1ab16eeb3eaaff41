import type { BridgeValues } from '@tradewind/contract';

// Main passes the bridge values as extra renderer command-line switches
// (webPreferences.additionalArguments); the sandboxed preload reads them from process.argv.
const PLATFORM_URL = '--tradewind-platform-url=';

export function toBridgeArgs(bridge: Omit<BridgeValues, 'kind'>): string[] {
  return [PLATFORM_URL + bridge.platformUrl];
}

export function fromBridgeArgs(argv: readonly string[]): BridgeValues {
  return { kind: 'electron', platformUrl: readSwitch(argv, PLATFORM_URL) };
}

function readSwitch(argv: readonly string[], prefix: string): string {
  const arg = argv.find((a) => a.startsWith(prefix));
  if (arg === undefined) throw new Error(`Tradewind preload: missing ${prefix.slice(0, -1)} argument`);
  return arg.slice(prefix.length);
}
