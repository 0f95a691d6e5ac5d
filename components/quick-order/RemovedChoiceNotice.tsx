import { useMemo } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { removedLastUsed } from '@/utils/catalog/last-used';
import type { Platform } from '@/utils/catalog/platform';
import { shownMoney } from '@/utils/i18n/shown-money';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';
import { own } from '@/utils/own';
import type { Service } from '@/utils/panel-api/types';
import { formatDateTime } from '@/utils/i18n/intl-format';

export interface RemovedChoiceProps {
  panelId: string;
  /** The panel's recently used service ids, most recent first. */
  recent: readonly string[];
  services: readonly Service[];
  platform: Platform | null;
  kind: string | null;
  currency: string | null;
  onPick: (service: Service) => void;
}

/**
 * The service the user last used for this kind of link was removed by the panel: said plainly,
 * with the closest services on the same panel (same platform, kind and type) one click away.
 */
export function RemovedChoiceNotice({ panelId, recent, services, platform, kind, currency, onPick }: RemovedChoiceProps) {
  const removed = useApp((s) => s.catalogRemoved);
  const choice = useMemo(() => removedLastUsed(recent, services, own(removed, panelId) ?? {}, platform, kind), [recent, services, removed, panelId, platform?.id, kind]);
  if (!choice) return null;
  const gone = choice.removed.service;
  const rate = (s: Service) => shownMoney(s.rate, s.currency ?? currency);
  return (
    <section class="notice warn small removed-choice" aria-label={t('quickOrder_removedChoiceName')}>
      <p>
        <strong>
          <T k="quickOrder_removedChoice" args={[<span dir="ltr">{gone.id}</span>, <bdi translate={false}>{gone.name}</bdi>]} />
        </strong>{' '}
        <T k="quickOrder_removedChoiceSince" args={[formatDateTime(choice.removed.at), <span dir="ltr">{rate(gone)}</span>]} />
      </p>
      {choice.replacements.length ? (
        <>
          <p>{t('quickOrder_closestOnPanel')}</p>
          <ul>
            {choice.replacements.map((s) => (
              <li key={s.id}>
                <button type="button" class="link" onClick={() => onPick(s)}>
                  <span dir="ltr">{s.id}</span> · <bdi translate={false}>{s.name}</bdi> · <span dir="ltr">{rate(s)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('quickOrder_noReplacement')}</p>
      )}
    </section>
  );
}
