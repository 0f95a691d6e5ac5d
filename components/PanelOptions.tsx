import { balanceLine } from '@/utils/panels/balance-text';
import type { PanelBalanceState, PanelProfile } from '@/utils/panels/types';

/** The `<option>`s of a panel `<select>`; with balances, each shows the panel's last balance. */
export function PanelOptions({ panels, balances }: { panels: readonly PanelProfile[]; balances?: Record<string, PanelBalanceState> }) {
  return (
    <>
      {panels.map((p) => {
        const last = balances?.[p.id]?.last;
        return (
          <option key={p.id} value={p.id}>
            {p.name}
            {last ? ` — ${balanceLine(last)}` : ''}
          </option>
        );
      })}
    </>
  );
}
