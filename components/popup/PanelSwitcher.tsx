import { BalanceAmount } from '@/components/BalanceAmount';
import { own } from '@/utils/own';
import type { PanelBalanceState, PanelProfile } from '@/utils/panels/types';
import { t } from '@/utils/i18n/messages';

/**
 * Every panel with its balance, one click to switch. A reseller with three panels sees where
 * the money is without opening each one; the selected panel is the one the popup lists.
 */
export function PanelSwitcher({ panels, balances, selectedId, onSelect }: {
  panels: readonly PanelProfile[];
  balances: Record<string, PanelBalanceState>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ul class="panel-switcher" aria-label={t('popup_panels')}>
      {panels.map((p) => {
        const state = own(balances, p.id);
        const last = state?.last;
        const failing = Boolean(state?.error && (!last || state.error.at > last.fetchedAt));
        return (
          <li key={p.id}>
            <button type="button" aria-pressed={p.id === selectedId} onClick={() => onSelect(p.id)}>
              <bdi class="truncate" translate={false}>
                {p.name}
              </bdi>
              <span class={`small${failing ? ' failing' : ''}`}>
                <BalanceAmount balance={last} short />
                {failing && <span class="sr-only"> {t('popup_lastCheckFailed')}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
