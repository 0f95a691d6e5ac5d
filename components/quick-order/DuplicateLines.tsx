import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '@/utils/i18n/messages';
import { T } from '@/components/T';
import type { DuplicateHit } from '@/utils/orders/duplicates';
import { DuplicateMessage } from './DuplicateMessage';

export interface DuplicateLine {
  identity: string;
  lineNumber: number;
  /** Why: the order on this link that is running, unconfirmed or in flight, or the earlier line. */
  hit: DuplicateHit;
}

/**
 * The mass order's one question before sending: these lines are for links that already have
 * an order. Send them anyway, send only the others, or go back and edit.
 */
export function DuplicateLines({ hits, total, onSendAll, onSkip, onCancel }: { hits: DuplicateLine[]; total: number; onSendAll: () => void; onSkip: () => void; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  // The question takes the focus (not one of its answers): read out, then answered by choice.
  useEffect(() => box.current?.focus(), []);
  const others = total - hits.length;
  return (
    <div ref={box} tabIndex={-1} class="notice warn duplicate-lines" role="alertdialog" aria-labelledby="duplicate-lines-title" aria-describedby="duplicate-lines-list">
      <strong id="duplicate-lines-title">{plural('quickOrder_duplicateLinesTitle', hits.length, total)}</strong>
      <ul id="duplicate-lines-list">
        {hits.map((h) => (
          <li key={h.identity}>
            <T k="quickOrder_duplicateLineItem" args={[h.lineNumber, <DuplicateMessage hit={h.hit} />]} />
          </li>
        ))}
      </ul>
      <div class="row">
        {/* The safe answer first: a second order on a running link is the exception. */}
        {others > 0 && (
          <button type="button" class="primary" onClick={onSkip}>
            {plural('quickOrder_sendOnlyOthers', others)}
          </button>
        )}
        <button type="button" onClick={onSendAll}>
          {plural('quickOrder_sendAllAnyway', total)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('quickOrder_cancel')}
        </button>
      </div>
    </div>
  );
}
