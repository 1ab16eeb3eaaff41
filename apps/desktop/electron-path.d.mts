export type ElectronLookup = { path: string; reason: null } | { path: null; reason: string };

export function findElectron(options?: { env?: NodeJS.ProcessEnv; packageDir?: string }): Promise<ElectronLookup>;
