/** Where a data file of this package lives, for code that reads files rather than importing JSON (seed, tests). */
export function resourceUrl(path: string): URL {
  return new URL(path, import.meta.url);
}
