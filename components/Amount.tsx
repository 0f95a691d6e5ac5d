import { formatMoney, type Money } from '@/utils/money';

/** An amount with its currency code, right-aligned in tables (class `num`). */
export function Amount({ value, currency, label }: { value: Money | null; currency?: string | null; label?: string }) {
  return (
    <span class="num" aria-label={label ? `${label}: ${value === null ? 'unknown' : formatMoney(value, currency)}` : undefined}>
      {value === null ? '—' : formatMoney(value, currency)}
    </span>
  );
}
