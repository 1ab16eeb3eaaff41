/**
 * A bench's knobs, read from the environment so a run can be scaled without editing the script.
 * Each knob is named in camelCase and read from `BENCH_` + its name in upper snake case
 * (`liveDevices` from `BENCH_LIVE_DEVICES`); the value given is its default. A set variable that
 * is not a positive number stops the bench before it measures anything, naming the variable.
 */
export function benchSettings<T extends Record<string, number>>(defaults: T, env: NodeJS.ProcessEnv = process.env): T {
  const settings: Record<string, number> = {};
  for (const [name, fallback] of Object.entries(defaults)) {
    const variable = knobVariable(name);
    const text = env[variable];
    const value = text === undefined || text === '' ? fallback : Number(text);
    if (!(value > 0)) throw new Error(`${variable} must be a positive number, not "${text}"`);
    settings[name] = value;
  }
  return settings as T;
}

/** A knob that lists choices (`BENCH_CLIENTS=node,browser`), read the same way. */
export function benchList(name: string, fallback: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const text = env[knobVariable(name)];
  return text ? text.split(',').map((item) => item.trim()) : [...fallback];
}

export const knobVariable = (name: string) => `BENCH_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

export const log = (line: string) => console.log(line);
