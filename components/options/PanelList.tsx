import { useState } from 'preact/hooks';
import { BalanceAmount } from '@/components/BalanceAmount';
import { own } from '@/utils/own';
import type { PanelBalanceState, PanelProfile } from '@/utils/panels/types';
import { formatRelativeTime } from '@/utils/i18n/intl-format';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';

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
    <ul class="panel-list" aria-label={t('options_panelsTitle')}>
      {panels.map((panel) => {
        const last = own(balances, panel.id)?.last;
        return (
          <li key={panel.id} class="panel-card" aria-label={panel.name}>
            <div class="row">
              <strong><bdi translate={false}>{panel.name}</bdi></strong>
              {panel.isDefault && <span class="status status-completed">{t('options_default')}</span>}
              <span class="spacer" />
              <span>
                <BalanceAmount balance={last} />
              </span>
            </div>
            <div class="muted small truncate"><span dir="ltr">{panel.apiUrl}</span></div>
            {last && (
              <div class="muted small">
                <T k="options_balanceChecked" args={[<time dateTime={new Date(last.fetchedAt).toISOString()} translate={false}>{formatRelativeTime(last.fetchedAt)}</time>]} />
              </div>
            )}
            {confirming === panel.id ? (
              <div class="notice warn small" role="alert">
                <T k="options_removeConfirm" args={[<bdi translate={false}>{panel.name}</bdi>]} />
                <div class="row">
                  <button type="button" class="danger" onClick={() => onRemove(panel)}>
                    {t('options_removePanel')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('options_keepIt')}
                  </button>
                </div>
              </div>
            ) : (
              <div class="row">
                <button type="button" onClick={() => onEdit(panel)} aria-label={t('options_editPanel', panel.name)}>
                  {t('options_edit')}
                </button>
                {!panel.isDefault && (
                  <button type="button" onClick={() => onMakeDefault(panel)} aria-label={t('options_makeDefaultLabel', panel.name)}>
                    {t('options_makeDefault')}
                  </button>
                )}
                <button type="button" class="danger" onClick={() => setConfirming(panel.id)} aria-label={t('options_removeLabel', panel.name)}>
                  {t('options_remove')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
