import type { CatalogChangeLog } from '@/utils/catalog/change-log';
import { describeChange, describeUnwatched, type MoneyFormat } from '@/utils/catalog/change-log';
import { t } from '@/utils/i18n/messages';
import { formatDateTime } from '@/utils/i18n/intl-format';
import { shownAmount, shownMoney } from '@/utils/i18n/shown-money';

/** Amounts in the reader's separators (the worker's notifications write them plainly). */
const READER_MONEY: MoneyFormat = { amount: shownAmount, money: shownMoney };

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
      <h2 id="catalog-changes-title">{t('catalog_title')}</h2>
      {log.entries.length === 0 ? (
        <p class="muted">{t('catalog_empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('catalog_colFound')}</th>
              <th scope="col">{t('catalog_colPanel')}</th>
              <th scope="col">{t('catalog_colService')}</th>
              <th scope="col">{t('catalog_colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={`${e.at}:${e.panelId}:${e.serviceId}`}>
                <td class="num">{formatDateTime(e.at)}</td>
                <td>
                  <bdi translate={false}>{panelName(e.panelId)}</bdi>
                </td>
                <td>
                  <span class="muted" dir="ltr">
                    {e.serviceId}
                  </span>{' '}
                  <bdi translate={false}>{e.name}</bdi>
                </td>
                <td>
                  {e.changes.map((c, i) => (
                    <div key={i}>{describeChange(c, currencyOf(e.panelId), READER_MONEY)}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others.map(({ r, text }) => (
        <p key={r.panelId} class="muted small">
          {t('catalog_othersLine', panelName(r.panelId), formatDateTime(r.at), text)}
        </p>
      ))}
    </section>
  );
}
