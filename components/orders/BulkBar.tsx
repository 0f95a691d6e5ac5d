import { useEffect, useState } from 'preact/hooks';
import type { SelectionEligibility } from '@/utils/orders/eligibility';
import { plural, t } from '@/utils/i18n/messages';

export interface BulkBarProps {
  count: number;
  refill: SelectionEligibility;
  cancel: SelectionEligibility;
  busy: boolean;
  onRefill: () => void;
  onCancel: () => void;
  onCheck: () => void;
  onStop: () => void;
  onClear: () => void;
}

/** A disabled button says why (title for the mouse, a description for screen readers). */
function ActionButton({ id, label, reason, detail, busy, onClick, danger }: { id: string; label: string; reason: string | null; detail: string; busy: boolean; onClick: () => void; danger?: boolean }) {
  const why = reason ?? detail;
  return (
    <>
      <button type="button" class={danger ? 'danger' : undefined} disabled={busy || reason !== null} title={why} aria-describedby={`${id}-why`} onClick={onClick}>
        {label}
      </button>
      <span id={`${id}-why`} class="sr-only">
        {why}
      </span>
    </>
  );
}

/** Actions on the selected orders. */
export function BulkBar({ count, refill, cancel, busy, ...on }: BulkBarProps) {
  const none = count === 0 ? t('orders_selectFirst') : null;
  // A cancel cannot be taken back: one more click, naming how many, before anything is sent.
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  useEffect(() => setConfirmingCancel(false), [count]);
  return (
    <div class="row bulk-bar" role="toolbar" aria-label={t('orders_bulkToolbar')}>
      <span class="small" aria-live="polite">
        {count ? plural('orders_ordersSelected', count) : t('orders_noneSelected')}
      </span>
      <ActionButton id="bulk-refill" label={t('orders_refill')} reason={refill.reason} detail={plural('orders_canBeRefilled', refill.eligible.length)} busy={busy} onClick={on.onRefill} />
      <ActionButton id="bulk-cancel" label={t('orders_cancel')} reason={cancel.reason} detail={plural('orders_canBeCancelled', cancel.eligible.length)} busy={busy} onClick={() => setConfirmingCancel(true)} danger />
      <ActionButton id="bulk-check" label={t('orders_checkNow')} reason={none} detail={t('orders_checkNowHelp')} busy={busy} onClick={on.onCheck} />
      <ActionButton id="bulk-stop" label={t('orders_stopTracking')} reason={none} detail={t('orders_stopTrackingHelp')} busy={busy} onClick={on.onStop} />
      {confirmingCancel ? (
        <span class="notice warn row confirm-cancel" role="alert">
          {plural('orders_confirmCancel', cancel.eligible.length)}
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() => {
              setConfirmingCancel(false);
              on.onCancel();
            }}
          >
            {plural('orders_cancelCount', cancel.eligible.length)}
          </button>
          <button type="button" onClick={() => setConfirmingCancel(false)}>
            {t('orders_keepThem')}
          </button>
        </span>
      ) : null}
      {count ? (
        <button type="button" class="link" onClick={on.onClear}>
          {t('orders_clearSelection')}
        </button>
      ) : null}
    </div>
  );
}
