import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { noAnswerFromBackground } from '@/utils/messaging';
import { liveOrdersOf } from '@/utils/orders/live-orders';
import { defaultPanel } from '@/utils/ui/app-store';
import { afterNextPaint } from '@/utils/ui/after-next-paint';
import { UnlockForm } from '@/components/UnlockForm';
import type { Result } from '@/utils/panel-api/types';
import type { KeyLockStatus } from '@/utils/panels/types';
import { BalanceLine } from './BalanceLine';
import { FirstRun } from './FirstRun';
import { OrderRow } from './OrderRow';
import { PanelSwitcher } from './PanelSwitcher';
import type { PopupActions } from './actions';
import { T } from '@/components/T';
import { plural, t } from '@/utils/i18n/messages';
import { formatInteger } from '@/utils/i18n/intl-format';

/**
 * Rows in the first frame: a screenful (the popup is 600 px tall at most; under the header,
 * balance and actions about ten rows show). The rest are rendered in the task after that
 * frame is painted, so 200 active orders do not delay the balance and the first rows (npm run
 * bench, figure 2); the heading counts them all from the first frame.
 */
const FIRST_FRAME_ROWS = 12;
/** A popup that is not painted (no animation frames) still gets every row after this. */
const TAIL_FALLBACK_MS = 1000;

export function Popup({ actions }: { actions: PopupActions }) {
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    void actions.keyLockStatus().then((s) => setLocked(s.locked));
  }, []);
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  // The popup's view (compact rows per panel), or every order until the worker wrote it.
  const view = useApp((s) => s.liveOrders);
  const orders = useApp((s) => s.orders);
  const unconfirmed = useApp((s) => s.unconfirmed);
  const storageNotices = useApp((s) => s.storageNotices);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [checkMessage, setCheckMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [demoAvailable, setDemoAvailable] = useState(false);
  const [rowLimit, setRowLimit] = useState(FIRST_FRAME_ROWS);
  const panel = panels.find((p) => p.id === panelId) ?? defaultPanel(panels);
  const now = Date.now();

  // Every row one frame after the first is painted. Scheduled from a layout effect (same task
  // as the render, so the frames counted start at the first); a plain useEffect may run before
  // that frame (Preact falls back to a 35 ms timer, and a popup's first frame often comes
  // later). Not in the task right after the first frame's main-thread paint: there the tail's
  // render (290 rows: ~50 ms of script, style and layout in bench figure 2's trace) still
  // shares 2 busy cores with that first frame's raster and presentation.
  useLayoutEffect(() => {
    void afterNextPaint(TAIL_FALLBACK_MS)
      .then(() => afterNextPaint(TAIL_FALLBACK_MS))
      .then(() => setRowLimit(Infinity));
  }, []);

  useEffect(() => {
    if (panels.length === 0) void actions.probeDemoPanel().then(setDemoAvailable);
  }, [panels.length === 0]);

  // Cached balances paint at once; fresh ones replace them when the panels answer.
  useEffect(() => {
    if (panels.length > 0 && !locked) actions.refreshBalance();
  }, [panels.length, locked]);

  const { active, finished } = useMemo(() => {
    const mine = panel ? own((view ?? liveOrdersOf(orders)).panels, panel.id) : undefined;
    return { active: mine?.active ?? [], finished: mine?.recent ?? [] };
  }, [view, view ? null : orders, panel?.id]);

  if (panels.length === 0) {
    return (
      <main class="popup">
        <header class="row popup-header">
          <h1 translate={false}>PanelPilot</h1>
        </header>
        <FirstRun onSettings={() => actions.openSettings()} onDemo={() => actions.openSettings(true)} demoAvailable={demoAvailable} />
      </main>
    );
  }

  const checkNow = async () => {
    setChecking(true);
    try {
      setCheckMessage(await actions.checkNow());
    } catch {
      const error = noAnswerFromBackground(t('popup_closeAndRetry'));
      setCheckMessage(`${error.message} ${error.hint}`);
    } finally {
      setChecking(false);
    }
  };
  // Below every active row: in the first frame only when the active rows leave room.
  const shownFinished = finished.slice(0, Math.max(0, rowLimit - active.length));
  const waiting = unconfirmed.filter((u) => !panel || u.panelId === panel.id);

  return (
    <main class="popup">
      <header class="row popup-header">
        <h1 translate={false}>PanelPilot</h1>
        <span class="spacer" />
        {panels.length === 1 && (
          <bdi class="muted" translate={false}>
            {panel?.name}
          </bdi>
        )}
      </header>
      {panels.length > 1 && <PanelSwitcher panels={panels} balances={balances} selectedId={panel?.id ?? null} onSelect={setPanelId} />}
      {locked && (
        <section class="notice warn" aria-labelledby="locked-title">
          <strong id="locked-title">{t('popup_lockedTitle')}</strong> {t('popup_lockedExplained')}
          <UnlockForm
            autoFocus
            onUnlock={async (passphrase) => {
              const result = await actions.unlock(passphrase);
              if (result.ok) setLocked(result.value.locked);
              return result;
            }}
          />
        </section>
      )}
      {panel && <BalanceLine state={own(balances, panel.id)} now={now} />}
      <nav class="row actions" aria-label={t('popup_actions')}>
        <button type="button" class="primary" onClick={() => actions.newOrder(panel?.id ?? null)}>
          {t('popup_newOrder')}
        </button>
        <button type="button" onClick={() => actions.openOrders()}>
          {t('popup_orders')}
        </button>
        <button type="button" onClick={checkNow} disabled={checking}>
          {t('popup_checkNow')}
        </button>
        <span class="spacer" />
        <button type="button" onClick={() => actions.openSettings()}>
          {t('popup_settings')}
        </button>
      </nav>
      {checkMessage && (
        <p class="small muted" role="status">
          {checkMessage}
        </p>
      )}
      {storageNotices.length > 0 && (
        <p class="notice warn small" role="status">
          {t('popup_storageReset')}{' '}
          <button type="button" class="link" onClick={() => actions.openSettings()}>
            {t('popup_storageDetails')}
          </button>
        </p>
      )}
      {waiting.length > 0 && (
        <section class="notice warn small" aria-label={t('popup_unconfirmedRegion')}>
          <strong>{plural('popup_notConfirmed', waiting.length)}</strong> {t('popup_notConfirmedExplained')}{' '}
          <button type="button" class="link" onClick={() => actions.openOrders()}>
            {t('popup_review')}
          </button>
        </section>
      )}
      <section aria-labelledby="active-title">
        <h2 id="active-title" class="section-title">
          <T k="popup_activeTitle" args={[<span class="muted">({formatInteger(active.length)})</span>]} />
        </h2>
        {active.length === 0 ? (
          <p class="muted small empty">{t('popup_noActive')}</p>
        ) : (
          <ul class="orders">
            {active.slice(0, rowLimit).map((o) => (
              <OrderRow key={o.key} order={o} currency={own(balances, o.panelId)?.last?.currency ?? null} onOpen={actions.openOrders} />
            ))}
          </ul>
        )}
      </section>
      {shownFinished.length > 0 && (
        <section aria-labelledby="finished-title">
          <h2 id="finished-title" class="section-title">
            {t('popup_recentTitle')}
          </h2>
          <ul class="orders">
            {shownFinished.map((o) => (
              <OrderRow key={o.key} order={o} currency={own(balances, o.panelId)?.last?.currency ?? null} onOpen={actions.openOrders} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
