import { useApp } from '@/components/use-app';
import { guaranteeLabel } from '@/utils/catalog/guarantee';
import { AUTO_REFILL_FLOOR_MS, autoRefillSettings, type AutoRefillScope } from '@/utils/orders/auto-refill-knobs';
import { autoRefillChoice, autoRefillLabel, serviceChoiceKey } from '@/utils/orders/auto-refill-settings';
import { guaranteeOfOrder, guaranteeWindow, type GuaranteeWindow } from '@/utils/orders/guarantee-window';
import { DAY_MS } from '@/utils/orders/order-times';
import type { TrackedOrder } from '@/utils/orders/types';
import { autoRefillStatus, type AutoRefillStatus } from '@/utils/orders/auto-refill';
import { panelRefillState } from '@/utils/tracker-state/auto-refill-state';
import { formatDateTime } from '@/utils/format';

export type ChooseAutoRefill = (scope: AutoRefillScope, id: string, on: boolean | null) => void;

const daysLeft = (ms: number) => {
  const days = Math.ceil(ms / DAY_MS);
  return days <= 1 ? 'less than a day left' : `${days} days left`;
};

/** "Open until …", "Ended …", "From …, no end", or why there is no window. */
function windowText(window: GuaranteeWindow, now: number): string {
  if (window.kind === 'none') return window.reason;
  if (window.kind === 'lifetime') return `Open since ${formatDateTime(window.from)}, no end date`;
  if (now >= window.until) return `Ended ${formatDateTime(window.until)} (${window.days} days from completion)`;
  return `Open until ${formatDateTime(window.until)} (${window.days} days from completion, ${daysLeft(window.until - now)})`;
}

const BY: Record<string, string> = { order: 'for this order', service: 'for this service', panel: 'for this panel', default: 'by default' };

function statusNote(status: AutoRefillStatus, by: string): string {
  switch (status.kind) {
    case 'off':
      return by === 'default' ? 'Off. Turn it on here, for every order of this service, or for the whole panel in Settings.' : `Off ${BY[by]}.`;
    case 'blocked':
      return `On ${BY[by]}, but not asked: ${status.reason}`;
    case 'waiting':
      return `On ${BY[by]}. ${status.reason}${status.dueAt !== null ? ` Next ask from ${formatDateTime(status.dueAt)}.` : ''}`;
    case 'due':
      return `On ${BY[by]}. A refill is asked at the next auto-refill run (within the hour).`;
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
      <h3 id="refill-guarantee-title">Refill guarantee</h3>
      <dl class="detail-fields">
        <div>
          <dt>Guarantee</dt>
          <dd>
            {guaranteeLabel(guarantee)}
            {guarantee.matched ? <span class="muted small"> (“{guarantee.matched}”)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Window</dt>
          <dd>{windowText(window, now)}</dd>
        </div>
      </dl>
      <label class="check">
        <input type="checkbox" checked={choice.on} aria-describedby={noteId} onChange={(e) => onChoose('orders', order.key, (e.target as HTMLInputElement).checked)} />
        {autoRefillLabel()}
      </label>
      <p id={noteId} class="field-help">
        {statusNote(status, choice.by)}
        {panel.rejectedInRow > 0 && panel.lastRejection && !panel.stopped ? ` The panel’s last ${panel.rejectedInRow === 1 ? 'refill was' : `${panel.rejectedInRow} refills were`} rejected (“${panel.lastRejection}”).` : ''}
      </p>
      <div class="row small">
        {serviceKey !== null ? (
          <label class="check">
            <input type="checkbox" checked={serviceOn === true} onChange={(e) => onChoose('services', serviceKey, (e.target as HTMLInputElement).checked ? true : null)} />
            Auto-refill every order of this service
          </label>
        ) : null}
        {choice.by === 'order' ? (
          <button type="button" class="link" onClick={() => onChoose('orders', order.key, null)}>
            Use the service’s or panel’s choice
          </button>
        ) : null}
      </div>
    </section>
  );
}
