import { t } from '@/utils/i18n/messages';
import './view-switch.css';

export interface PageView<Id extends string> {
  id: Id;
  label: string;
}

/**
 * The orders page's views (Orders, Spending, …) as tabs: one list of views, so another view
 * joins by adding an entry. Arrow keys move between tabs (WAI-ARIA tabs pattern); each tab
 * controls the panel with id `view-<id>`.
 */
export function ViewSwitch<Id extends string>({ views, current, onChange, label = t('orders_views') }: { views: readonly PageView<Id>[]; current: Id; onChange: (id: Id) => void; label?: string }) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const at = views.findIndex((v) => v.id === current);
    const next = views[(at + (e.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length]!;
    onChange(next.id);
    requestAnimationFrame(() => document.getElementById(`view-tab-${next.id}`)?.focus());
  };
  return (
    <div role="tablist" aria-label={label} class="view-switch" onKeyDown={onKeyDown}>
      {views.map((v) => (
        <button key={v.id} type="button" role="tab" id={`view-tab-${v.id}`} aria-controls={`view-${v.id}`} aria-selected={v.id === current} tabIndex={v.id === current ? 0 : -1} onClick={() => onChange(v.id)}>
          {v.label}
        </button>
      ))}
    </div>
  );
}
