/**
 * The quick-order page's catalog read, started by its first, tiny classic script
 * (entrypoints/quick-order-early.ts) while the page's own script is still loading.
 *
 * Why: the form paints nothing useful without the catalog (the preselected service and the
 * filtered list), and the catalog (8,536 services, 0.7 MB packed) is the longest read the
 * page makes. Started from the page's code, it waited for that code to arrive and be
 * evaluated, and for the panels read before it; here it runs beside all of that.
 *
 * Which catalog: the `?panel=` of the page's URL, else the default panel (the one rule:
 * utils/panels/default-panel.ts) read from the raw stored panels. A page for
 * an order's remains picks the order's panel later: no early read then. The page takes the
 * answer once, for the same panel only (`takeEarlyCatalog`); otherwise it reads as usual.
 */
import { pickDefaultPanel } from '../panels/default-panel';
import { rawApi } from './early-read';

interface EarlyCatalog {
  panelId: Promise<string | null>;
  /** The raw stored value (utils/storage.ts StoredCatalog), undefined when none is stored. */
  stored: Promise<unknown>;
  taken: boolean;
}

const HOLDER = '__panelpilotEarlyCatalog';

type Holder = Record<string, EarlyCatalog | undefined>;

/** The id of the panel a page acts on when none was picked: the default, else the first. */
export function defaultPanelIdOf(panels: unknown): string | null {
  if (!Array.isArray(panels)) return null;
  const panel = pickDefaultPanel(panels as ({ id?: unknown; isDefault?: unknown } | null)[]);
  return typeof panel?.id === 'string' ? panel.id : null;
}

/** Starts reading the catalog the quick-order page at `search` (location.search) will show first. */
export function startEarlyCatalogRead(search: string): void {
  const params = new URLSearchParams(search);
  if (params.get('remains')) return;
  const local = rawApi().storage.local;
  const given = params.get('panel');
  const panelId = given ? Promise.resolve(given) : local.get(['panels']).then(({ panels }) => defaultPanelIdOf(panels));
  const stored = panelId.then(async (id) => (id ? (await local.get([`catalog:${id}`]))[`catalog:${id}`] : undefined));
  // A failed early read is not an error of its own: the page reads again the normal way.
  panelId.catch(() => undefined);
  stored.catch(() => undefined);
  (globalThis as unknown as Holder)[HOLDER] = { panelId, stored, taken: false };
}

/**
 * The early raw catalog when it was read for `panelId` and not taken yet; else null, and the
 * caller reads storage itself. Handed out once: a later read must be fresh.
 */
export async function takeEarlyCatalog(panelId: string): Promise<{ stored: unknown } | null> {
  const early = (globalThis as unknown as Holder)[HOLDER];
  if (!early || early.taken) return null;
  const id = await early.panelId.catch(() => null);
  if (id !== panelId || early.taken) return null;
  early.taken = true;
  try {
    return { stored: await early.stored };
  } catch {
    return null;
  }
}
