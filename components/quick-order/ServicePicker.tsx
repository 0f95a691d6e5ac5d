import { useMemo, useRef, useState } from 'preact/hooks';
import { pure } from '@/components/pure';
import { VirtualList } from '@/components/VirtualList';
import type { Platform } from '@/utils/catalog/platform';
import { searchServices, type CatalogIndex } from '@/utils/catalog/search';
import type { Service } from '@/utils/panel-api/types';
import { ServiceRow, serviceLabel } from './ServiceRow';
import { plural, t } from '@/utils/i18n/messages';

const ROW = 42;
const LIST_HEIGHT = ROW * 6;

/** An option's id: by the service's place in the catalog, so a row that stays keeps its id. */
const optionId = (at: number) => `service-option-${at}`;

/**
 * One option, rendered again only when what it shows changed: typing on ("instagram f" →
 * "instagram fo") mostly keeps the best matches, and their rows are not rendered, diffed
 * or laid out again (npm run bench, figure 4). `at`: the service's index in the catalog.
 */
const ServiceOption = pure(function ServiceOption({ at, service, active, currency, recent, hint, onChoose, onHover }: {
  at: number;
  service: Service;
  active: boolean;
  currency: string | null;
  recent: boolean;
  hint: string | undefined;
  onChoose: (at: number) => void;
  onHover: (at: number) => void;
}) {
  return (
    <div
      id={optionId(at)}
      role="option"
      aria-selected={active}
      aria-label={serviceLabel(service, currency, recent, hint)}
      class={`option${active ? ' active' : ''}`}
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose(at);
      }}
      onMouseEnter={() => onHover(at)}
    >
      <ServiceRow service={service} currency={currency} recent={recent} hint={hint} />
    </div>
  );
}, 'ServiceOption');

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

  const chooseService = (at: number) => {
    const service = index.services[at];
    if (!service) return;
    onSelect(service);
    setOpen(false);
    setQuery('');
  };
  const choose = (i: number) => chooseService(results[i] ?? -1);
  // The options' handlers are made once (so an unchanged option is not rendered again) and
  // act on this render's results and callbacks.
  const latest = useRef({ results, chooseService });
  latest.current = { results, chooseService };
  const handlers = useMemo(
    () => ({
      choose: (at: number) => latest.current.chooseService(at),
      hover: (at: number) => setActive(Math.max(0, latest.current.results.indexOf(at))),
    }),
    [],
  );
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
        aria-activedescendant={open && results[active] !== undefined ? optionId(results[active]) : undefined}
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
            rowKey={(i) => results[i]!}
            renderRow={(i) => {
              const at = results[i]!;
              const service = index.services[at]!;
              return <ServiceOption at={at} service={service} active={i === active} currency={currency} recent={recentSet.has(service.id)} hint={hints.get(service.id)} onChoose={handlers.choose} onHover={handlers.hover} />;
            }}
          />
          {results.length === 0 && <p class="muted small picker-empty">{t(platform ? 'picker_noMatchTryAll' : 'picker_noMatchFewerWords')}</p>}
        </div>
      )}
    </div>
  );
}
