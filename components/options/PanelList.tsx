import { useState } from 'preact/hooks';
import { BalanceAmount } from '@/components/BalanceAmount';
import { own } from '@/utils/own';
import type { PanelBalanceState, PanelProfile } from '@/utils/panels/types';
import { timeAgo } from '@/utils/format';

export function PanelList({ panels, balances, onEdit, onRemove, onMakeDefault }: {
  panels: PanelProfile[];
  balances: Record<string, PanelBalanceState>;
  onEdit: (panel: PanelProfile) => void;
  onRemove: (panel: PanelProfile) => void;
  onMakeDefault: (panel: PanelProfile) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (panels.length === 0) return null;
  return (
    <ul class="panel-list" aria-label="Panels">
      {panels.map((panel) => {
        const last = own(balances, panel.id)?.last;
        return (
          <li key={panel.id} class="panel-card" aria-label={panel.name}>
            <div class="row">
              <strong>{panel.name}</strong>
              {panel.isDefault && <span class="status status-completed">Default</span>}
              <span class="spacer" />
              <span>
                <BalanceAmount balance={last} />
              </span>
            </div>
            <div class="muted small truncate">{panel.apiUrl}</div>
            {last && <div class="muted small">Balance checked {timeAgo(last.fetchedAt)}</div>}
            {confirming === panel.id ? (
              <div class="notice warn small" role="alert">
                Remove {panel.name}? Its API key, cached services and balance are deleted; its tracked orders stay on the Orders page.
                <div class="row">
                  <button type="button" class="danger" onClick={() => onRemove(panel)}>
                    Remove panel
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <div class="row">
                <button type="button" onClick={() => onEdit(panel)} aria-label={`Edit ${panel.name}`}>
                  Edit
                </button>
                {!panel.isDefault && (
                  <button type="button" onClick={() => onMakeDefault(panel)} aria-label={`Make default: ${panel.name}`}>
                    Make default
                  </button>
                )}
                <button type="button" class="danger" onClick={() => setConfirming(panel.id)} aria-label={`Remove ${panel.name}…`}>
                  Remove…
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
