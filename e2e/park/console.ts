import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { aDraftFiling, aQuote } from '@tradewind/domain/testing';

/** The park administrator's console in its own browser context (its session lives in memory only). */
export async function openConsole(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('login-username').fill('park-admin');
  await page.getByTestId('login-password').fill('tradewind-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('park-nav-dashboard')).toBeVisible();
  return page;
}

/** Opens a console section; going through another one first remounts it, so its lists are fetched anew. */
export async function openSection(page: Page, section: string): Promise<void> {
  await page.getByTestId(section === 'directory' ? 'park-nav-credit' : 'park-nav-directory').click();
  await page.getByTestId(`park-nav-${section}`).click();
}

type Doc = Record<string, unknown> & { id: string };

export interface Exporter {
  username: string;
  password: string;
  market: string;
  quantity: number;
  unitPrice: number;
}

/** The factory's document as a device makes it now: a new id, stamped with the clock, not deleted. */
const fresh = <T extends object>(document: T) => {
  const now = new Date().toISOString();
  return { ...document, id: crypto.randomUUID(), updatedAt: now, createdAt: now, _deleted: false };
};

/** Logs in through the API as a merchant's script would; answers the bearer header. */
async function merchantHeaders(request: APIRequestContext, baseURL: string, username: string, password: string): Promise<Record<string, string>> {
  const login = await request.post(`${baseURL}/api/auth/login`, { data: { username, password, deviceName: 'e2e script' } });
  expect(login.status()).toBe(200);
  return { authorization: `Bearer ${(await login.json()).accessToken}` };
}

async function push(
  request: APIRequestContext,
  baseURL: string,
  headers: Record<string, string>,
  collection: string,
  rows: { assumedMasterState?: object; newDocumentState: object }[],
): Promise<void> {
  const pushed = await request.post(`${baseURL}/api/sync/${collection}/push`, { headers, data: rows });
  expect(await pushed.json()).toEqual([]);
}

/** The declaration facts a demo merchant's draft filing carries (customs office, port, carrier). */
export async function demoDeclaration(request: APIRequestContext, baseURL: string, username: string): Promise<Record<string, unknown>> {
  const headers = await merchantHeaders(request, baseURL, username, 'tradewind-demo');
  const filings = (await (await request.get(`${baseURL}/api/sync/filings/pull?batchSize=100`, { headers })).json()) as { documents: Doc[] };
  return filings.documents.find((filing) => filing.declaration)!.declaration as Record<string, unknown>;
}

/**
 * A merchant declares one export this month through the replication API, as its device would:
 * a quote order of one line, and a draft filing with `declaration` submitted for that order.
 */
export async function declareExport(request: APIRequestContext, baseURL: string, merchant: Exporter, declaration: Record<string, unknown>): Promise<void> {
  const headers = await merchantHeaders(request, baseURL, merchant.username, merchant.password);
  const order = fresh(
    aQuote({
      number: `EE01-${String(merchant.quantity).padStart(6, '0')}`,
      buyerName: 'E2E Buyer Ltd',
      buyerCountry: merchant.market,
      lines: [{ id: crypto.randomUUID(), productId: 'p1', sku: 'E2E-1', name: '测试商品', quantity: merchant.quantity, unitPrice: merchant.unitPrice }],
    }),
  );
  await push(request, baseURL, headers, 'orders', [{ newDocumentState: order }]);
  const exportDate = new Date().toISOString().slice(0, 10);
  const draft = fresh({ ...aDraftFiling({ title: 'E2E 9610' }), declaration: { ...declaration, exportDate } });
  await push(request, baseURL, headers, 'filings', [{ newDocumentState: draft }]);
  await push(request, baseURL, headers, 'filings', [{ assumedMasterState: draft, newDocumentState: { ...draft, status: 'submitted', orderIds: [order.id], updatedAt: new Date().toISOString() } }]);
}
