import { balanceWords } from '@/utils/panels/balance-text';
import type { BalanceSnapshot } from '@/utils/panels/types';

/** A panel's balance: the amount, and beside it what is unknown (no currency stated, an ambiguous figure). */
export function BalanceAmount({ balance, class: className = 'num' }: { balance: BalanceSnapshot | null | undefined; class?: string }) {
  if (!balance) return <span class={className}>—</span>;
  const { amount, note } = balanceWords(balance);
  return (
    <>
      <span class={className}>{amount}</span>
      {note && <span class="muted small balance-note"> ({note})</span>}
    </>
  );
}
