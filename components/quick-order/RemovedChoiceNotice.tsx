import { useMemo } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { removedLastUsed } from '@/utils/catalog/last-used';
import type { Platform } from '@/utils/catalog/platform';
import { formatMoney } from '@/utils/money';
import { own } from '@/utils/own';
import type { Service } from '@/utils/panel-api/types';
import { formatDateTime } from '@/utils/format';

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
  const rate = (s: Service) => formatMoney(s.rate, s.currency ?? currency);
  return (
    <section class="notice warn small removed-choice" aria-label="Your last-used service was removed">
      <p>
        <strong>
          Your last-used service <span dir="ltr">{gone.id}</span> <bdi translate={false}>{gone.name}</bdi> is no longer on this panel
        </strong>{' '}
        (gone since {formatDateTime(choice.removed.at)}; it was <span dir="ltr">{rate(gone)}</span> per 1000).
      </p>
      {choice.replacements.length ? (
        <>
          <p>Closest on this panel:</p>
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
        <p>No service on this panel offers the same; search the list for another.</p>
      )}
    </section>
  );
}
