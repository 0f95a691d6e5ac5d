import { balanceWords } from '@/utils/panels/balance-text';
import type { BalanceSnapshot } from '@/utils/panels/types';

/**
 * A panel's balance: the amount, and beside it what is unknown (no currency stated, an
 * ambiguous figure). `short`: a shorter note where room is short, the full one as its title.
 */
export function BalanceAmount({ balance, class: className = 'num', short = false }: { balance: BalanceSnapshot | null | undefined; class?: string; short?: boolean }) {
  if (!balance) return <span class={className}>—</span>;
  const { amount, note, fullNote } = balanceWords(balance, short);
  return (
    <>
      <span class={className} dir="ltr">{amount}</span>
      {note && (
        <span class="muted small balance-note" title={fullNote !== note ? (fullNote ?? undefined) : undefined}>
          {' '}
          ({note})
        </span>
      )}
    </>
  );
}
