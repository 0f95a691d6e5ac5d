import { T } from '@/components/T';
import type { DuplicateHit } from '@/utils/orders/duplicates';
import { formatDateTime } from '@/utils/i18n/intl-format';

/**
 * Why this link already has an order, as a page shows it: the words of describeDuplicate()
 * (utils/orders/duplicates.ts, the plain text the background sends), with the order id left
 * to right and the panel's status text kept as the panel wrote it.
 */
export function DuplicateMessage({ hit }: { hit: DuplicateHit }) {
  const time = (at: number) => <time translate={false}>{formatDateTime(at, 'time')}</time>;
  switch (hit.kind) {
    case 'active':
      return <T k="quickOrder_duplicateActive" args={[<span dir="ltr">{hit.orderId}</span>, <bdi translate={false}>{hit.statusText}</bdi>]} />;
    case 'unconfirmed':
      return <T k="quickOrder_duplicateUnconfirmed" args={[time(hit.at)]} />;
    case 'in-flight':
      return <T k="quickOrder_duplicateInFlight" args={[time(hit.at)]} />;
    case 'batch':
      return <T k="quickOrder_duplicateLine" args={[hit.lineNumber]} />;
  }
}
