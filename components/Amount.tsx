import type { Money } from '@/utils/money';
import { shownMoney } from '@/utils/i18n/shown-money';

/**
 * An amount with its currency code, right-aligned in tables (class `num`), left to right
 * inside right-to-left pages; the reader's separators, exact (utils/i18n/shown-money.ts).
 */
export function Amount({ value, currency }: { value: Money | null; currency?: string | null }) {
  return (
    <span class="num" dir="ltr">
      {value === null ? '—' : shownMoney(value, currency)}
    </span>
  );
}
