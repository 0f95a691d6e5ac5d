import { BalanceAmount } from '@/components/BalanceAmount';
import type { PanelBalanceState } from '@/utils/panels/types';
import { timeAgo } from '@/utils/format';
import { ErrorNotice } from '@/components/ErrorNotice';

/** The cached balance at once, with its age; the last error beside it when newer. */
export function BalanceLine({ state, now }: { state: PanelBalanceState | undefined; now: number }) {
  const last = state?.last;
  const error = state?.error && (!last || state.error.at > last.fetchedAt) ? state.error : null;
  return (
    <section class="balance" aria-label="Balance">
      <span class="muted small">Balance</span>
      <BalanceAmount balance={last} class="num balance-amount" />
      {last && <span class="muted small">{timeAgo(last.fetchedAt, now)}</span>}
      {error && (
        <ErrorNotice error={error.error} small role="status" />
      )}
    </section>
  );
}
