import { BalanceAmount } from '@/components/BalanceAmount';
import type { PanelBalanceState } from '@/utils/panels/types';
import { formatRelativeTime } from '@/utils/i18n/intl-format';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/utils/i18n/messages';

/** The cached balance at once, with its age; the last error beside it when newer. */
export function BalanceLine({ state, now }: { state: PanelBalanceState | undefined; now: number }) {
  const last = state?.last;
  const error = state?.error && (!last || state.error.at > last.fetchedAt) ? state.error : null;
  return (
    <section class="balance" aria-label={t('popup_balance')}>
      <span class="muted small">{t('popup_balance')}</span>
      <BalanceAmount balance={last} class="num balance-amount" />
      {/* Worded by the browser's Intl in the page's language ("now", "vor 3 Min."): not a message. */}
      {last && (
        <span class="muted small" translate={false}>
          {formatRelativeTime(last.fetchedAt, now)}
        </span>
      )}
      {error && (
        <ErrorNotice error={error.error} small role="status" />
      )}
    </section>
  );
}
