/** `target` with some members replaced; its own methods stay bound to it, as RxDB's objects expect. */
export function overridden<T extends object>(target: T, overrides: ReadonlyMap<string | symbol, unknown>): T {
  return new Proxy(target, { get: (object, key) => (overrides.has(key) ? overrides.get(key) : bound(object, key)) });
}

function bound(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key, target);
  return typeof value === 'function' ? value.bind(target) : value;
}
