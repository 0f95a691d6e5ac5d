import type { Money } from '@/utils/money';
import { plural, t } from '@/utils/i18n/messages';
import { formatInteger } from '@/utils/i18n/intl-format';
import { shownMoney } from '@/utils/i18n/shown-money';

/** The live charge and what the balance will be after it; `<output>` is labelled, so readers announce "Charge". */
export function ChargeSummary({ charge, balanceAfter, currency, chargedQuantity, runs = null }: {
  charge: Money | null;
  balanceAfter: Money | null;
  currency: string | null;
  chargedQuantity: number | null;
  /** Drip-feed: the units are quantity per run × runs, and say so. */
  runs?: number | null;
}) {
  return (
    <div class="charge">
      <div>
        <label for="charge">{runs ? t('quickOrder_chargeAllRuns') : t('quickOrder_charge')}</label>
        <output id="charge" class="num" aria-live="polite" aria-describedby={charge !== null && !currency ? 'charge-note' : undefined}>
          {charge === null ? '—' : <span dir="ltr">{shownMoney(charge, currency)}</span>}
        </output>
        {charge !== null && !currency && (
          <span id="charge-note" class="muted small">
            {' '}
            {t('quickOrder_currencyNotStated')}
          </span>
        )}
      </div>
      {chargedQuantity !== null && (
        <div>
          <label for="charged-units">{t('quickOrder_units')}</label>
          <output id="charged-units" class="num">
            {runs ? plural('quickOrder_unitsPerRun', runs, chargedQuantity / runs, chargedQuantity) : formatInteger(chargedQuantity)}
          </output>
        </div>
      )}
      <div>
        <label for="balance-after">{t('quickOrder_balanceAfter')}</label>
        <output id="balance-after" class="num">
          {balanceAfter === null ? '—' : <span dir="ltr">{shownMoney(balanceAfter, currency)}</span>}
        </output>
      </div>
    </div>
  );
}
