import { useMemo, useState } from 'preact/hooks';
import { VirtualList } from '@/components/VirtualList';
import type { Platform } from '@/utils/catalog/platform';
import { searchServices, type CatalogIndex } from '@/utils/catalog/search';
import type { Service } from '@/utils/panel-api/types';
import { ServiceRow, serviceLabel } from './ServiceRow';
import { plural, t } from '@/utils/i18n/messages';

const ROW = 42;
const LIST_HEIGHT = ROW * 6;

/** A combobox with search over the catalog (ARIA combobox + listbox pattern, virtualized). */
export function ServicePicker({ index, platform, recent, selected, currency, hints, onSelect, onClearPlatform }: {
  index: CatalogIndex;
  /** serviceId → "Your record" hint, made once per panel (utils/orders/record-hints.ts). */
  hints: ReadonlyMap<string, string>;
  platform: Platform | null;
  recent: readonly string[];
  selected: Service | null;
  currency: string | null;
  onSelect: (service: Service) => void;
  onClearPlatform: () => void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchServices(index, query, { platform, recent }), [index, query, platform, recent]);
  const recentSet = useMemo(() => new Set(recent), [recent]);

  const choose = (i: number) => {
    const service = index.services[results[i]!];
    if (!service) return;
    onSelect(service);
    setOpen(false);
    setQuery('');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.max(0, Math.min(results.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const shown = open ? query : selected ? `${selected.id} · ${selected.name}` : query;
  return (
    <div class="field picker">
      <div class="row">
        <label for="service-search">{t('picker_service')}</label>
        <span class="spacer" />
        {platform && (
          <button type="button" class="chip" onClick={onClearPlatform} aria-label={t('picker_showAllServices', platform.label)}>
            <bdi translate={false}>{platform.label}</bdi> ✕
          </button>
        )}
      </div>
      <input
        id="service-search"
        role="combobox"
        aria-expanded={open}
        aria-controls="service-list"
        aria-autocomplete="list"
        aria-activedescendant={open && results.length ? `service-option-${active}` : undefined}
        placeholder={t('picker_searchPlaceholder')}
        value={shown}
        autocomplete="off"
        spellcheck={false}
        onFocus={(e) => {
          setOpen(true);
          (e.target as HTMLInputElement).select();
        }}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && (
        <div class="picker-popover">
          <div class="muted small picker-count" aria-live="polite">
            {platform ? plural('picker_servicesFor', results.length, platform.label) : plural('picker_services', results.length)}
          </div>
          <VirtualList
            id="service-list"
            role="listbox"
            aria-label={t('picker_listLabel')}
            class="picker-list"
            count={results.length}
            rowHeight={ROW}
            height={LIST_HEIGHT}
            activeIndex={active}
            // Each keystroke rewrites every rendered row: the six in view and one beyond
            // (a wheel scroll renders the next ones in its own event).
            overscan={1}
            renderRow={(i) => {
              const service = index.services[results[i]!]!;
              return (
                <div
                  id={`service-option-${i}`}
                  role="option"
                  aria-selected={i === active}
                  aria-label={serviceLabel(service, currency, recentSet.has(service.id), hints.get(service.id))}
                  class={`option${i === active ? ' active' : ''}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(i);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <ServiceRow service={service} currency={currency} recent={recentSet.has(service.id)} hint={hints.get(service.id)} />
                </div>
              );
            }}
          />
          {results.length === 0 && <p class="muted small picker-empty">{t(platform ? 'picker_noMatchTryAll' : 'picker_noMatchFewerWords')}</p>}
        </div>
      )}
    </div>
  );
}
