import { useState } from 'preact/hooks';
import { Amount } from '@/components/Amount';
import type { UnconfirmedAttempt } from '@/utils/orders/types';
import type { PanelError } from '@/utils/panel-api/errors';
import type { Result } from '@/utils/panel-api/types';
import { shortLink } from '@/utils/format';
import { formatDateTime, formatInteger } from '@/utils/i18n/intl-format';
import { t } from '@/utils/i18n/messages';
import { ErrorNotice } from '@/components/ErrorNotice';
import type { ResolveUnconfirmed } from './actions';

/**
 * Orders the panel never confirmed (timeout, dropped connection). PanelPilot cannot know
 * whether they exist, so the user looks on the panel's website and either gives the id found
 * there (tracked from then on) or dismisses the attempt. Nothing here resends an order.
 */
export function UnconfirmedList({ attempts, panelName, currencyOf, onResolve }: {
  attempts: readonly UnconfirmedAttempt[];
  panelName: (id: string) => string;
  currencyOf: (panelId: string) => string | null;
  onResolve: ResolveUnconfirmed;
}) {
  if (attempts.length === 0) return null;
  return (
    <section class="notice warn unconfirmed" aria-labelledby="unconfirmed-title">
      <h2 id="unconfirmed-title">{t('orders_unconfirmedTitle', attempts.length)}</h2>
      <p class="small">
        {t('orders_unconfirmedHelp')}
      </p>
      <ul>
        {attempts.map((a) => (
          <AttemptRow key={a.id} attempt={a} panelName={panelName(a.panelId)} currency={currencyOf(a.panelId)} onResolve={onResolve} />
        ))}
      </ul>
    </section>
  );
}

function AttemptRow({ attempt, panelName, currency, onResolve }: { attempt: UnconfirmedAttempt; panelName: string; currency: string | null; onResolve: ResolveUnconfirmed }) {
  const [orderId, setOrderId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PanelError | null>(null);
  const resolve = async (id?: string) => {
    setBusy(true);
    const result = await onResolve(attempt.id, id);
    setBusy(false);
    setError(result.ok ? null : result.error);
  };
  const label = t('orders_unconfirmedIdLabel', attempt.serviceName, shortLink(attempt.link, 40));
  return (
    <li class="attempt">
      <div class="attempt-facts small">
        <strong translate={false}><bdi>{attempt.serviceName}</bdi></strong> · <bdi translate={false}>{panelName}</bdi> · <span title={attempt.link ?? ''} dir="ltr">{shortLink(attempt.link, 48)}</span> · <span dir="ltr">{formatInteger(attempt.quantity)}</span> ·{' '}
        <Amount value={attempt.estimatedCharge} currency={currency} /> · {t('orders_triedAt', formatDateTime(attempt.attemptedAt))} <span class="muted">({attempt.reason})</span>
      </div>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (orderId.trim()) void resolve(orderId.trim());
        }}
      >
        <input aria-label={label} placeholder={t('orders_unconfirmedIdPlaceholder')} value={orderId} onInput={(e) => setOrderId((e.target as HTMLInputElement).value)} class="attempt-id" />
        <button type="submit" disabled={busy || !orderId.trim()}>
          {t('orders_trackThisOrder')}
        </button>
        <button type="button" onClick={() => void resolve()} disabled={busy}>
          {t('orders_dismiss')}
        </button>
      </form>
      {error && (
        <ErrorNotice error={error} small />
      )}
    </li>
  );
}
