import { useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { sumPerCurrency } from '@/utils/money-totals';
import { noAnswerFromBackground, type PlaceOrderOutcome } from '@/utils/messaging';
import { repeatedLines, type DuplicateHit } from '@/utils/orders/duplicates';
import { DuplicateMessage } from './DuplicateMessage';
import { parseMassOrder } from '@/utils/orders/mass-order';
import { checkOrder, type OrderCheck } from '@/utils/orders/order-form';
import type { CatalogIndex } from '@/utils/catalog/search';
import type { Service } from '@/utils/panel-api/types';
import { shortLink } from '@/utils/format';
import { DuplicateLines, type DuplicateLine } from './DuplicateLines';
import type { QuickOrderActions } from './actions';
import { plural, t } from '@/utils/i18n/messages';
import { T } from '@/components/T';
import { shownMoney } from '@/utils/i18n/shown-money';
import { formatInteger } from '@/utils/i18n/intl-format';

interface PreviewLine {
  lineNumber: number;
  identity: string;
  text: string;
  service: Service | null;
  check: OrderCheck | null;
  problem: string | null;
}

const EXAMPLE = '1234 | https://www.instagram.com/p/abc/ | 1000\n5678 | https://www.tiktok.com/@user/video/1 | 500';

/** A line is still to send: no answer yet, refused (it may be fixed), or held back for a duplicate link. */
const stillToSend = (outcome: PlaceOrderOutcome | undefined) => !outcome || outcome.kind === 'rejected' || outcome.kind === 'needs-confirm';

const linkOf = (line: PreviewLine) => line.check?.fields.link ?? null;

/**
 * The panels' mass-order box, with a preview and per-line results; nothing is sent twice.
 * Before sending, the lines whose link already has an order (running, unconfirmed, in flight,
 * or an earlier line of this box) are shown and the user is asked once.
 */
export function MassOrder({ panelId, index, actions }: { panelId: string; index: CatalogIndex; actions: QuickOrderActions }) {
  const balances = useApp((s) => s.balances);
  const currency = own(balances, panelId)?.last?.currency ?? null;
  const [text, setText] = useState('');
  // Keyed by panel and line identity (text + repeat), never by line number: see MassOrderLine.identity.
  const [results, setResults] = useState<ReadonlyMap<string, PlaceOrderOutcome>>(new Map());
  const [sending, setSending] = useState(false);
  /** Lines that hit the duplicate-link check, waiting for the user's answer. */
  const [asking, setAsking] = useState<{ lines: PreviewLine[]; hits: DuplicateLine[] } | null>(null);
  // One request id per line identity: re-sending only sends lines that have no answer yet.
  const ids = useRef(new Map<string, string>());

  const lines: PreviewLine[] = useMemo(
    () =>
      parseMassOrder(text).map((line) => {
        if (line.parseError) return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service: null, check: null, problem: line.parseError };
        const at = index.byId.get(line.serviceId!);
        const service = at === undefined ? null : index.services[at]!;
        if (!service) return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service: null, check: null, problem: t('quickOrder_massUnknownService', line.serviceId!) };
        const values = { link: line.link ?? '', quantity: line.quantity === null ? '' : String(line.quantity), comments: line.comments ?? '' };
        const check = checkOrder({ service, values, dripfeed: false, balance: null, now: Date.now() });
        const problem = Object.values(check.errors)[0] ?? null;
        return { lineNumber: line.lineNumber, identity: line.identity, text: line.text, service, check, problem };
      }),
    [text, index],
  );
  const valid = lines.filter((l) => !l.problem);
  // Per panel too: a line placed on one panel is still to send on another.
  const resultKey = (line: PreviewLine) => `${panelId}|${line.identity}`;
  const pending = valid.filter((l) => stillToSend(results.get(resultKey(l))));
  // A service billed in its own currency is charged in it, not in the balance's (issue 12).
  const currencyOf = (line: PreviewLine) => line.service?.currency ?? currency;
  const totals = sumPerCurrency(pending.map((l) => ({ amount: l.check?.charge ?? '0', currency: currencyOf(l) })));
  const total = totals.length ? totals.map((x) => shownMoney(x.total, x.currency)).join(' + ') : shownMoney('0', currency);
  const answered = lines.filter((l) => !stillToSend(results.get(resultKey(l)))).length;
  const asked = new Map(asking?.hits.map((h) => [h.identity, h]));

  /** Sends `toSend` one by one; lines in `confirmed` go out despite a duplicate link. */
  const send = async (toSend: readonly PreviewLine[], confirmed: ReadonlySet<string>) => {
    setAsking(null);
    setSending(true);
    try {
      for (const line of toSend) {
        const key = resultKey(line);
        const requestId = ids.current.get(key) ?? crypto.randomUUID();
        ids.current.set(key, requestId);
        const input = { requestId, panelId, serviceId: line.service!.id, fields: line.check!.fields, source: 'mass-order' as const, confirmDuplicate: confirmed.has(line.identity) };
        const outcome = await actions.place(input).catch(
          // The background did not answer (restarted mid-send): the order may exist. The id is
          // kept, so sending again can only get "already sent".
          (): PlaceOrderOutcome => ({ kind: 'unconfirmed', attemptId: '', error: noAnswerFromBackground() }),
        );
        // A rejected line may be fixed and sent again: give it a fresh id.
        if (outcome.kind === 'rejected') ids.current.delete(key);
        setResults((r) => new Map(r).set(key, outcome));
      }
    } finally {
      setSending(false);
    }
  };

  /** The duplicate-link check for every line to send, once; asks when any line hits it. */
  const start = async () => {
    const toSend = pending;
    setSending(true);
    // No answer from the background: each place is checked there anyway.
    const found = await actions.duplicates(panelId, toSend.map(linkOf)).catch((): (DuplicateHit | null)[] => []);
    setSending(false);
    const repeats = repeatedLines(toSend.map((l) => ({ lineNumber: l.lineNumber, link: linkOf(l) })));
    const hits = toSend.flatMap((l, i): DuplicateLine[] => {
      const hit = found[i] ?? repeats.get(l.lineNumber);
      return hit ? [{ identity: l.identity, lineNumber: l.lineNumber, hit }] : [];
    });
    if (hits.length) setAsking({ lines: toSend, hits });
    else await send(toSend, new Set());
  };

  return (
    <section class="mass-order" aria-label={t('quickOrder_massOrder')}>
      <div class="field">
        <label for="mass-text">{t('quickOrder_massTextLabel')}</label>
        <textarea id="mass-text" dir="ltr" rows={8} value={text} placeholder={EXAMPLE} spellcheck={false} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-describedby="mass-help" />
        <span id="mass-help" class="field-help">
          {t('quickOrder_massHelp')}
        </span>
      </div>
      {lines.length > 0 && (
        <>
          <table aria-label={t('quickOrder_massPreview')}>
            <thead>
              <tr>
                <th>{t('quickOrder_massColLine')}</th>
                <th>{t('quickOrder_massColService')}</th>
                <th>{t('quickOrder_link')}</th>
                <th class="num">{t('quickOrder_massColQty')}</th>
                <th class="num">{t('quickOrder_charge')}</th>
                <th>{t('quickOrder_massColResult')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.identity}>
                  <td class="num">{formatInteger(line.lineNumber)}</td>
                  <td class="truncate" title={line.service?.name}>
                    <span dir="ltr">{line.service ? line.service.id : '—'}</span>
                  </td>
                  <td class="truncate">
                    <span dir="ltr">{shortLink(linkOf(line), 28)}</span>
                  </td>
                  <td class="num">{formatInteger(line.check?.chargedQuantity)}</td>
                  <td class="num">
                    <span dir="ltr">{line.check?.charge ? shownMoney(line.check.charge, currencyOf(line)) : '—'}</span>
                  </td>
                  <td class="small">
                    <LineResult problem={line.problem} outcome={results.get(resultKey(line))} duplicate={asked.has(line.identity)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {asking && (
            <DuplicateLines
              hits={asking.hits}
              total={asking.lines.length}
              onSendAll={() => void send(asking.lines, new Set(asking.hits.map((h) => h.identity)))}
              onSkip={() => void send(asking.lines.filter((l) => !asked.has(l.identity)), new Set())}
              onCancel={() => setAsking(null)}
            />
          )}
          <div class="row mass-footer">
            <span>
              {[t('quickOrder_massToSend', pending.length), answered ? t('quickOrder_massSent', answered) : null, lines.length - valid.length ? t('quickOrder_massToFix', lines.length - valid.length) : null].filter(Boolean).join(' · ')} ·{' '}
              <T k="quickOrder_massTotal" args={[<strong class="num" dir="ltr">{total}</strong>]} />
            </span>
            <span class="spacer" />
            <button type="button" class="primary" disabled={sending || !!asking || pending.length === 0} onClick={() => void start()}>
              {sending ? t('quickOrder_massSending') : plural('quickOrder_massSend', pending.length)}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function LineResult({ problem, outcome, duplicate }: { problem: string | null; outcome: PlaceOrderOutcome | undefined; duplicate: boolean }) {
  if (problem) return <span class="field-error">{problem}</span>;
  if (duplicate) return <span class="status status-partial">{t('quickOrder_massDuplicateLink')}</span>;
  switch (outcome?.kind) {
    case 'placed':
      return <span class="status status-completed">
          <T k="quickOrder_massPlaced" args={[<span dir="ltr">{outcome.order.orderId}</span>]} />
        </span>;
    case 'rejected':
      return <span class="field-error">{outcome.error.message}</span>;
    case 'unconfirmed':
      return <span class="status status-partial">{t('quickOrder_massUnconfirmed')}</span>;
    case 'duplicate':
      return <span class="muted">{t('quickOrder_massAlreadySent')}</span>;
    case 'needs-confirm':
      return <span class="status status-partial">
          <T k="quickOrder_massNotSent" args={[<DuplicateMessage hit={outcome.hit} />]} />
        </span>;
    default:
      return <span class="muted">{t('quickOrder_massReady')}</span>;
  }
}
