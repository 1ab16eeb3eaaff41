import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

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

/**
 * A demo merchant declares one export this month through the replication API, as its device would:
 * a quote order of one line, and its demo draft filing submitted for that order.
 */
export async function declareExport(request: APIRequestContext, baseURL: string, merchant: { username: string; market: string; quantity: number; unitPrice: number }): Promise<void> {
  const login = await request.post(`${baseURL}/api/auth/login`, { data: { username: merchant.username, password: 'tradewind-demo', deviceName: 'e2e script' } });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const now = new Date().toISOString();
  const order = {
    id: crypto.randomUUID(),
    updatedAt: now,
    createdAt: now,
    number: `EE01-${String(merchant.quantity).padStart(6, '0')}`,
    buyerName: 'E2E Buyer Ltd',
    buyerCountry: merchant.market,
    channel: 'fair',
    status: 'quote',
    currency: 'USD',
    incoterm: 'FOB',
    notes: '',
    depositPercent: 30,
    lines: [{ id: crypto.randomUUID(), productId: 'p1', sku: 'E2E-1', name: '测试商品', quantity: merchant.quantity, unitPrice: merchant.unitPrice }],
    payments: [],
  };
  const pushed = await request.post(`${baseURL}/api/sync/orders/push`, { headers, data: [{ newDocumentState: order }] });
  expect(await pushed.json()).toEqual([]);
  const filings = (await (await request.get(`${baseURL}/api/sync/filings/pull?batchSize=100`, { headers })).json()) as { documents: Doc[] };
  const draft = filings.documents.find((doc) => doc.status === 'draft' && doc.declaration)!;
  const declaration = { ...(draft.declaration as object), exportDate: now.slice(0, 10) };
  const submitted = { ...draft, status: 'submitted', orderIds: [order.id], declaration, updatedAt: now };
  const filed = await request.post(`${baseURL}/api/sync/filings/push`, { headers, data: [{ assumedMasterState: draft, newDocumentState: submitted }] });
  expect(await filed.json()).toEqual([]);
}
