/**
 * The soak's view of the platform's truth: every product and order of a run, read with one login. Logins
 * are rate limited per address, so the checker logs in once and again only when its access token
 * has expired; a login that is refused is an error, never a missing token.
 */
const PAGE = 1000;

/** How a run's documents are told apart: products by their English name, orders by their buyer. */
export const soakMark = (run: string) => `soak ${run}`;

export interface Checker {
  /** Every product and order of the run on the platform, tombstones included. */
  docs(run: string): Promise<Map<string, Record<string, unknown>>>;
}

export function platformChecker(url: string, credentials: { username: string; password: string }): Checker {
  let token: Promise<string> | undefined;

  async function login(): Promise<string> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...credentials, deviceName: 'soak checker' }),
    });
    if (response.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      return login();
    }
    if (!response.ok) throw new Error(`checker login: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function get(path: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      token ??= login();
      const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${await token}` } });
      if (response.status !== 401 || attempt > 0) return response;
      token = undefined;
    }
  }

  async function pullAll(collection: string, ofRun: (doc: Record<string, unknown>) => boolean, docs: Map<string, Record<string, unknown>>): Promise<void> {
    const found = new Map<string, Record<string, unknown>>();
    let checkpoint: unknown = null;
    for (;;) {
      const response = await get(`/api/sync/${collection}/pull?${new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), batchSize: String(PAGE) })}`);
      if (response.status === 409) {
        found.clear();
        checkpoint = null;
        continue;
      }
      if (!response.ok) throw new Error(`checker pull: ${response.status} ${await response.text()}`);
      const page = (await response.json()) as { documents: Record<string, unknown>[]; checkpoint: unknown };
      for (const doc of page.documents) if (ofRun(doc)) found.set(String(doc.id), doc);
      if (page.documents.length < PAGE) break;
      checkpoint = page.checkpoint;
    }
    for (const [id, doc] of found) docs.set(id, doc);
  }

  return {
    async docs(run) {
      const docs = new Map<string, Record<string, unknown>>();
      await pullAll('products', (doc) => doc.nameEn === soakMark(run), docs);
      await pullAll('orders', (doc) => doc.buyerName === soakMark(run), docs);
      return docs;
    },
  };
}
