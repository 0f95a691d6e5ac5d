import { useApp } from '@/components/use-app';
import { guaranteeLabel } from '@/utils/catalog/guarantee';
import { AUTO_REFILL_FLOOR_MS, autoRefillSettings, type AutoRefillScope } from '@/utils/orders/auto-refill-knobs';
import { autoRefillChoice, autoRefillLabel, serviceChoiceKey } from '@/utils/orders/auto-refill-settings';
import { guaranteeOfOrder, guaranteeWindow, type GuaranteeWindow } from '@/utils/orders/guarantee-window';
import { DAY_MS } from '@/utils/orders/order-times';
import type { TrackedOrder } from '@/utils/orders/types';
import { autoRefillStatus, type AutoRefillStatus } from '@/utils/orders/auto-refill';
import { panelRefillState } from '@/utils/tracker-state/auto-refill-state';
import { formatDateTime } from '@/utils/i18n/intl-format';
import { plural, t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';
import { T } from '@/components/T';

export type ChooseAutoRefill = (scope: AutoRefillScope, id: string, on: boolean | null) => void;

const daysLeft = (ms: number) => {
  const days = Math.ceil(ms / DAY_MS);
  return days <= 1 ? t('orders_lessThanDay') : plural('orders_daysLeft', days);
};

/** "Open until …", "Ended …", "From …, no end", or why there is no window. */
function windowText(window: GuaranteeWindow, now: number): string {
  if (window.kind === 'none') return window.reason;
  if (window.kind === 'lifetime') return t('orders_windowLifetime', formatDateTime(window.from));
  if (now >= window.until) return plural('orders_windowEnded', window.days, formatDateTime(window.until));
  return plural('orders_windowOpenUntil', window.days, formatDateTime(window.until), daysLeft(window.until - now));
}

const BY: Record<string, MessageKey> = { order: 'orders_autoByOrder', service: 'orders_autoByService', panel: 'orders_autoByPanel', default: 'orders_autoByDefault' };

function statusNote(status: AutoRefillStatus, by: string): string {
  const scope = t(BY[by] ?? 'orders_autoByDefault');
  switch (status.kind) {
    case 'off':
      return by === 'default' ? t('orders_autoOffDefault') : t('orders_autoOff', scope);
    case 'blocked':
      return t('orders_autoBlocked', scope, status.reason);
    case 'waiting':
      return status.dueAt !== null ? t('orders_autoWaitingUntil', scope, status.reason, formatDateTime(status.dueAt)) : t('orders_autoWaiting', scope, status.reason);
    case 'due':
      return t('orders_autoDue', scope);
  }
}

/** An order's refill guarantee, its window, and "Auto-refill while the guarantee lasts" with where it stands. */
export function RefillGuarantee({ order, now: tick, onChoose }: { order: TrackedOrder; now: number; onChoose: ChooseAutoRefill }) {
  // The page's clock ticks every 30 s; an order that just completed is newer than its last tick.
  const now = Math.max(tick, Date.now());
  const knobs = useApp((s) => s.settings.autoRefill);
  const choices = useApp((s) => s.autoRefillChoices);
  const state = useApp((s) => s.autoRefill);
  const guarantee = guaranteeOfOrder(order);
  const window = guaranteeWindow(order, guarantee);
  const settings = autoRefillSettings(knobs, choices);
  const choice = autoRefillChoice(settings, order);
  const status = autoRefillStatus(order, settings, state, now, { floorMs: AUTO_REFILL_FLOOR_MS });
  const panel = panelRefillState(state, order.panelId);
  const serviceKey = order.service ? serviceChoiceKey(order.panelId, order.service.id) : null;
  const serviceOn = serviceKey !== null && Object.hasOwn(choices.services, serviceKey) ? choices.services[serviceKey] : null;
  const noteId = `auto-refill-note-${order.key}`;
  return (
    <section class="refill-guarantee" aria-labelledby="refill-guarantee-title">
      <h3 id="refill-guarantee-title">{t('orders_refillGuarantee')}</h3>
      <dl class="detail-fields">
        <div>
          <dt>{t('orders_guarantee')}</dt>
          <dd>
            {guaranteeLabel(guarantee)}
            {guarantee.matched ? <span class="muted small"> (“<bdi translate={false}>{guarantee.matched}</bdi>”)</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('orders_window')}</dt>
          <dd>{windowText(window, now)}</dd>
        </div>
      </dl>
      <label class="check">
        <input type="checkbox" checked={choice.on} aria-describedby={noteId} onChange={(e) => onChoose('orders', order.key, (e.target as HTMLInputElement).checked)} />
        {autoRefillLabel()}
      </label>
      <p id={noteId} class="field-help">
        {statusNote(status, choice.by)}
        {panel.rejectedInRow > 0 && panel.lastRejection && !panel.stopped ? (
          <>
            {' '}
            <T k="orders_lastRejected" count={panel.rejectedInRow} args={[<bdi translate={false}>{panel.lastRejection}</bdi>]} />
          </>
        ) : null}
      </p>
      <div class="row small">
        {serviceKey !== null ? (
          <label class="check">
            <input type="checkbox" checked={serviceOn === true} onChange={(e) => onChoose('services', serviceKey, (e.target as HTMLInputElement).checked ? true : null)} />
            {t('orders_autoEveryOrderOfService')}
          </label>
        ) : null}
        {choice.by === 'order' ? (
          <button type="button" class="link" onClick={() => onChoose('orders', order.key, null)}>
            {t('orders_useInheritedChoice')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
