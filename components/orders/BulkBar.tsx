import { useEffect, useState } from 'preact/hooks';
import type { SelectionEligibility } from '@/utils/orders/eligibility';
import { plural } from '@/utils/i18n/messages';

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
  const none = count === 0 ? 'Select orders first.' : null;
  // A cancel cannot be taken back: one more click, naming how many, before anything is sent.
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  useEffect(() => setConfirmingCancel(false), [count]);
  const cancelCount = plural('common_orders', cancel.eligible.length);
  return (
    <div class="row bulk-bar" role="toolbar" aria-label="Actions on selected orders">
      <span class="small" aria-live="polite">
        {count ? `${plural('common_orders', count)} selected` : 'No orders selected'}
      </span>
      <ActionButton id="bulk-refill" label="Refill" reason={refill.reason} detail={`${plural('common_selectedOrders', refill.eligible.length)} can be refilled.`} busy={busy} onClick={on.onRefill} />
      <ActionButton id="bulk-cancel" label="Cancel" reason={cancel.reason} detail={`${plural('common_selectedOrders', cancel.eligible.length)} can be cancelled.`} busy={busy} onClick={() => setConfirmingCancel(true)} danger />
      <ActionButton id="bulk-check" label="Check now" reason={none} detail="Ask the panel for these orders’ status now." busy={busy} onClick={on.onCheck} />
      <ActionButton id="bulk-stop" label="Stop tracking" reason={none} detail="Remove these orders from PanelPilot (you can undo)." busy={busy} onClick={on.onStop} />
      {confirmingCancel ? (
        <span class="notice warn row confirm-cancel" role="alert">
          Ask the panel to cancel {cancelCount}? A cancel cannot be undone.
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() => {
              setConfirmingCancel(false);
              on.onCancel();
            }}
          >
            Cancel {cancelCount}
          </button>
          <button type="button" onClick={() => setConfirmingCancel(false)}>
            Keep them
          </button>
        </span>
      ) : null}
      {count ? (
        <button type="button" class="link" onClick={on.onClear}>
          Clear selection
        </button>
      ) : null}
    </div>
  );
}
