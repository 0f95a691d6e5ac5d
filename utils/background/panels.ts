/**
 * Panel profiles in the background: saving verifies the key with `balance` before anything
 * is stored, so a typo never replaces a working profile. The key is written only here.
 */
import { compareMoney, parseMoney } from '../money';
import type { MessageHandlers, SavePanelInput } from '../messaging';
import { createPanelClient } from '../panel-api/client';
import { panelError, say, type Said } from '../panel-api/errors';
import type { Balance, PanelClient, PanelConnection, Result } from '../panel-api/types';
import { normalizeApiUrl } from '../panel-api/url';
import { own } from '../own';
import { releasePanelOrigin } from '../panels/permissions';
import { BALANCE_STATE } from '../panels/schema';
import { storable } from '../schema/read';
import type { BalanceSnapshot, PanelProfile } from '../panels/types';
import { balancesItem, panelsItem } from '../storage';
import { withLock } from './lock';
import { forgetPanelData } from './panel-leftovers';
import { noClientError, openPanel } from './panel-client';
import { lockedError, readKeys, writeKey } from './key-vault';
import { t } from '../i18n/messages';

export interface PanelDeps {
  makeClient: (conn: PanelConnection) => PanelClient;
  now: () => number;
  newId: () => string;
}

const defaultDeps: PanelDeps = {
  makeClient: (conn) => createPanelClient(conn),
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** A refused form value: the sentence says what to do, so it is the hint too. */
const invalid = <T>(said: Said | string): Result<T> =>
  typeof said === 'string' ? { ok: false, error: { ...panelError('validation', said), hint: said } } : { ok: false, error: panelError('validation', said, { hint: said }) };

export async function recordBalance(panelId: string, result: Result<Balance>, now: number): Promise<Result<BalanceSnapshot>> {
  return withLock('balances', async () => {
    const balances = await balancesItem.getValue();
    const previous = own(balances, panelId) ?? { last: null, error: null };
    // As storage reads it back (the panel's currency and error texts capped).
    const next = storable(BALANCE_STATE, result.ok ? { last: { ...result.value, fetchedAt: now }, error: null } : { last: previous.last, error: { error: result.error, at: now } });
    await balancesItem.setValue({ ...balances, [panelId]: next });
    return result.ok ? { ok: true as const, value: next.last! } : result;
  });
}

export async function savePanel(input: SavePanelInput, deps: PanelDeps = defaultDeps): Promise<Result<{ panel: PanelProfile; balance: BalanceSnapshot }>> {
  const name = input.name.trim();
  if (!name) return invalid(say('errors_panelNameMissing'));
  const url = normalizeApiUrl(input.apiUrl);
  if (!url.ok) return invalid(url.message);
  let threshold: string | null = null;
  if (input.lowBalanceThreshold !== undefined && input.lowBalanceThreshold !== null && input.lowBalanceThreshold.trim() !== '') {
    threshold = parseMoney(input.lowBalanceThreshold);
    if (threshold === null || compareMoney(threshold, '0') < 0) return invalid(say('errors_lowBalanceInvalid'));
  }
  const [panels, ring] = await Promise.all([panelsItem.getValue(), readKeys()]);
  if (ring.locked) return { ok: false, error: lockedError() };
  const existing = input.id ? panels.find((p) => p.id === input.id) : undefined;
  if (input.id && !existing) return invalid(say('errors_panelGone'));
  const typedKey = input.apiKey?.trim();
  // The stored key goes only to the address it was saved for: a new host needs the key again.
  if (!typedKey && existing && new URL(existing.apiUrl).origin !== new URL(url.url).origin) {
    return invalid(say('errors_keyAgainMoved', new URL(existing.apiUrl).host, new URL(url.url).host));
  }
  const apiKey = typedKey || (existing ? own(ring.keys, existing.id) : undefined);
  if (!apiKey) return invalid(say('errors_keyMissing'));

  const check = await deps.makeClient({ apiUrl: url.url, apiKey }).balance();
  if (!check.ok) return check;

  const now = deps.now();
  const panel: PanelProfile = {
    id: existing?.id ?? deps.newId(),
    name,
    apiUrl: url.url,
    isDefault: input.isDefault ?? existing?.isDefault ?? panels.length === 0,
    lowBalanceThreshold: input.lowBalanceThreshold === undefined ? (existing?.lowBalanceThreshold ?? null) : threshold,
    createdAt: existing?.createdAt ?? now,
  };
  const stored = await withLock('panels', async () => {
    const current = await panelsItem.getValue();
    const replaced = current.some((p) => p.id === panel.id) ? current.map((p) => (p.id === panel.id ? panel : p)) : [...current, panel];
    const next = panel.isDefault ? replaced.map((p) => (p.id === panel.id ? p : { ...p, isDefault: false })) : replaced;
    const written = await writeKey(panel.id, apiKey);
    if (written.ok) await panelsItem.setValue(next);
    // Moved to another site: the old one is given back unless another panel is there.
    if (written.ok && existing) await releasePanelOrigin(existing.apiUrl, next);
    return written;
  });
  if (!stored.ok) return stored;
  const balance = await recordBalance(panel.id, check, now);
  return balance.ok ? { ok: true, value: { panel, balance: balance.value } } : balance;
}

/**
 * Removes a panel and everything kept for it but its orders. Its key goes first: while the
 * passphrase lock is closed the sealed key cannot be removed, so nothing is (a key left
 * behind would be handed to a panel a backup later restores under the same id).
 */
export async function removePanel(id: string): Promise<Result<null>> {
  const removed = await withLock('panels', async () => {
    const dropped = await writeKey(id, null);
    if (!dropped.ok) return dropped;
    const all = await panelsItem.getValue();
    const panels = all.filter((p) => p.id !== id);
    if (panels.length > 0 && !panels.some((p) => p.isDefault)) panels[0] = { ...panels[0]!, isDefault: true };
    await panelsItem.setValue(panels);
    const gone = all.find((p) => p.id === id);
    if (gone) await releasePanelOrigin(gone.apiUrl, panels);
    return dropped;
  });
  if (!removed.ok) return { ok: false, error: { ...removed.error, message: t('errors_lockedRemove') } };
  await forgetPanelData(id);
  return removed;
}

export async function refreshBalances(panelId: string | undefined, deps: Pick<PanelDeps, 'now'> = defaultDeps): Promise<Record<string, Result<BalanceSnapshot>>> {
  const ids = panelId ? [panelId] : (await panelsItem.getValue()).map((p) => p.id);
  const entries = await Promise.all(
    ids.map(async (id) => {
      const opened = await openPanel(id);
      if (!opened) return [id, { ok: false, error: await noClientError() }] as const;
      return [id, await recordBalance(id, await opened.client.balance(), deps.now())] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const panelHandlers: Pick<MessageHandlers, 'panel.save' | 'panel.remove' | 'panel.setDefault' | 'balance.refresh'> = {
  'panel.save': (input) => savePanel(input),
  'panel.remove': ({ id }) => removePanel(id),
  'panel.setDefault': ({ id }) =>
    withLock('panels', async () => {
      const panels = await panelsItem.getValue();
      await panelsItem.setValue(panels.map((p) => ({ ...p, isDefault: p.id === id })));
      return { ok: true as const };
    }),
  'balance.refresh': ({ panelId }) => refreshBalances(panelId),
};
