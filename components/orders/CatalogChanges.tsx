import type { CatalogChangeLog } from '@/utils/catalog/change-log';
import { describeChange, describeUnwatched } from '@/utils/catalog/change-log';
import { formatDateTime } from '@/utils/format';

export interface CatalogChangesProps {
  log: CatalogChangeLog;
  panelName: (panelId: string) => string;
  /** The panel's currency, for rates; null when not known. */
  currencyOf: (panelId: string) => string | null;
}

/**
 * "Catalog changes": what the background's refreshes found for the services the user orders
 * or pinned — date, panel, service id and name, old → new — and, per panel, how many other
 * services changed (counted, not listed).
 */
export function CatalogChanges({ log, panelName, currencyOf }: CatalogChangesProps) {
  const others = log.refreshes.map((r) => ({ r, text: describeUnwatched(r.unwatched) })).filter((x) => x.text);
  return (
    <section class="catalog-changes" aria-labelledby="catalog-changes-title">
      <h2 id="catalog-changes-title">Catalog changes</h2>
      {log.entries.length === 0 ? (
        <p class="muted">No changes to the services you ordered in the last 90 days or pinned.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Found</th>
              <th scope="col">Panel</th>
              <th scope="col">Service</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={`${e.at}:${e.panelId}:${e.serviceId}`}>
                <td class="num">{formatDateTime(e.at)}</td>
                <td>{panelName(e.panelId)}</td>
                <td>
                  <span class="muted">{e.serviceId}</span> {e.name}
                </td>
                <td>
                  {e.changes.map((c, i) => (
                    <div key={i}>{describeChange(c, currencyOf(e.panelId))}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others.map(({ r, text }) => (
        <p key={r.panelId} class="muted small">
          {panelName(r.panelId)}, {formatDateTime(r.at)}: {text}
        </p>
      ))}
    </section>
  );
}
