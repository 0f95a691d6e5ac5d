import { useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { formatMoney, sumMoney } from '@/utils/money';
import { panelError } from '@/utils/panel-api/errors';
import type { PlaceOrderOutcome } from '@/utils/messaging';
import { parseMassOrder } from '@/utils/orders/mass-order';
import { checkOrder, type OrderCheck } from '@/utils/orders/order-form';
import type { CatalogIndex } from '@/utils/catalog/search';
import type { Service } from '@/utils/panel-api/types';
import { shortLink } from '@/utils/ui/format';
import type { QuickOrderActions } from './QuickOrderForm';

interface PreviewLine {
  lineNumber: number;
  identity: string;
  text: string;
  service: Service | null;
  check: OrderCheck | null;
  problem: string | null;
}

const EXAMPLE = '1234 | https://www.instagram.com/p/abc/ | 1000\n5678 | https://www.tiktok.com/@user/video/1 | 500';

/** The panels' mass-order box, with a preview and per-line results; nothing is sent twice. */
export function MassOrder({ panelId, index, actions }: { panelId: string; index: CatalogIndex; actions: QuickOrderActions }) {
  const balances = useApp((s) => s.balances);
  const currency = own(balances, panelId)?.last?.currency ?? null;
  const [text, setText] = useState('');
  // Keyed by line identity (text + repeat), never by line number: see MassOrderLine.identity.
  const [results, setResults] = useState<Record<string, PlaceOrderOutcome>>({});
  const [sending, setSending] = useState(false);
  // One request id per line identity: re-sending only sends lines that have no answer yet.
  const ids = useRef(new Map<string, string>());

  const lines: PreviewLine[] = useMemo(
    () =>
      parseMassOrder(text).map((line) => {
        if (line.parseError) return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service: null, check: null, problem: line.parseError };
        const at = index.byId.get(line.serviceId!);
        const service = at === undefined ? null : index.services[at]!;
        if (!service) return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service: null, check: null, problem: `Service ${line.serviceId} is not in this panel’s list.` };
        const values = { link: line.link ?? '', quantity: line.quantity === null ? '' : String(line.quantity), comments: line.comments ?? '' };
        const check = checkOrder({ service, values, dripfeed: false, balance: null, panelOrders: [], now: Date.now() });
        const problem = Object.values(check.errors)[0] ?? null;
        return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service, check, problem };
      }),
    [text, index],
  );
  const valid = lines.filter((l) => !l.problem);
  // Per panel too: a line placed on one panel is still to send on another.
  const resultKey = (line: PreviewLine) => `${panelId}|${line.identity}`;
  const pending = valid.filter((l) => !results[resultKey(l)] || results[resultKey(l)]!.kind === 'rejected');
  const total = sumMoney(pending.map((l) => l.check?.charge ?? '0'));
  const answered = lines.filter((l) => results[resultKey(l)] && results[resultKey(l)]!.kind !== 'rejected').length;

  const send = async () => {
    setSending(true);
    try {
      for (const line of pending) {
        const key = resultKey(line);
        const requestId = ids.current.get(key) ?? crypto.randomUUID();
        ids.current.set(key, requestId);
        const outcome = await actions.place({ requestId, panelId, serviceId: line.service!.id, fields: line.check!.fields, source: 'mass-order' }).catch(
          // The background did not answer (restarted mid-send): the order may exist. The id is
          // kept, so sending again can only get "already sent".
          (): PlaceOrderOutcome => ({ kind: 'unconfirmed', attemptId: '', error: panelError('network', 'PanelPilot’s background did not answer.') }),
        );
        // A rejected line may be fixed and sent again: give it a fresh id.
        if (outcome.kind === 'rejected') ids.current.delete(key);
        setResults((r) => ({ ...r, [key]: outcome }));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="mass-order" aria-label="Mass order">
      <div class="field">
        <label for="mass-text">Orders, one per line</label>
        <textarea id="mass-text" rows={8} value={text} placeholder={EXAMPLE} spellcheck={false} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-describedby="mass-help" />
        <span id="mass-help" class="field-help">
          service id | link | quantity — commas or spaces also work; add “| comment one / comment two” for comment services.
        </span>
      </div>
      {lines.length > 0 && (
        <>
          <table aria-label="Preview">
            <thead>
              <tr>
                <th>Line</th>
                <th>Service</th>
                <th>Link</th>
                <th class="num">Qty</th>
                <th class="num">Charge</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => {
                const result = results[resultKey(line)];
                return (
                  <tr key={line.identity}>
                    <td class="num">{line.lineNumber}</td>
                    <td class="truncate" title={line.service?.name}>
                      {line.service ? line.service.id : '—'}
                    </td>
                    <td class="truncate">{shortLink(line.check?.fields.link ?? null, 28)}</td>
                    <td class="num">{line.check?.chargedQuantity?.toLocaleString('en-US') ?? '—'}</td>
                    <td class="num">{line.check?.charge ? formatMoney(line.check.charge, currency) : '—'}</td>
                    <td class="small">
                      {line.problem ? (
                        <span class="field-error">{line.problem}</span>
                      ) : result?.kind === 'placed' ? (
                        <span class="status status-completed">Order {result.order.orderId}</span>
                      ) : result?.kind === 'rejected' ? (
                        <span class="field-error">{result.error.message}</span>
                      ) : result?.kind === 'unconfirmed' ? (
                        <span class="status status-partial">Unconfirmed: check the panel</span>
                      ) : result?.kind === 'duplicate' ? (
                        <span class="muted">Already sent</span>
                      ) : (
                        <span class="muted">Ready</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="row mass-footer">
            <span>
              {pending.length} to send{answered ? ` · ${answered} sent` : ''}{lines.length - valid.length ? ` · ${lines.length - valid.length} to fix` : ''} · total <strong class="num">{formatMoney(total, currency)}</strong>
            </span>
            <span class="spacer" />
            <button type="button" class="primary" disabled={sending || pending.length === 0} onClick={send}>
              {sending ? 'Sending…' : `Send ${pending.length} order${pending.length === 1 ? '' : 's'}`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
