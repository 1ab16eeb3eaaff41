import { GatewayRefused, GatewayUnavailable, type CustomsGateway } from './gateway.ts';

const TIMEOUT_MS = 15_000;

/**
 * The single window over HTTP at a configured endpoint: `POST {base}/dxp/messages` with the
 * envelope (200 `{result: accepted|duplicate}`, 4xx `{code, message}` a DXP refusal),
 * `GET {base}/dxp/receipts?receiver=` and `POST {base}/dxp/receipts/ack`. Paths chosen for the
 * simulator; a real E-Port endpoint sits behind the same three calls.
 */
export function singleWindowHttpGateway(baseUrl: string): CustomsGateway {
  const base = baseUrl.replace(/\/+$/, '');
  const call = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (response.status >= 500) throw new GatewayUnavailable(`single window answered ${response.status}`);
      return response;
    } catch (error) {
      if (error instanceof GatewayUnavailable) throw error;
      throw new GatewayUnavailable(`single window unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    async send(message) {
      const response = await call('/dxp/messages', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: message.envelope });
      const body = (await response.json().catch(() => ({}))) as { result?: string; code?: string; message?: string };
      if (response.ok && (body.result === 'accepted' || body.result === 'duplicate')) return body.result;
      throw new GatewayRefused(body.code ?? String(response.status), body.message ?? `single window answered ${response.status}`);
    },
    async receive(senderId) {
      const response = await call(`/dxp/receipts?receiver=${encodeURIComponent(senderId)}`, { method: 'GET' });
      if (!response.ok) throw new GatewayUnavailable(`receipts: single window answered ${response.status}`);
      const body = (await response.json()) as { receipts: { id: string; xml: string }[] };
      return body.receipts.map((receipt) => ({ key: receipt.id, xml: receipt.xml }));
    },
    async acknowledge(senderId, keys) {
      if (keys.length === 0) return;
      await call('/dxp/receipts/ack', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receiver: senderId, ids: keys }) });
    },
  };
}
