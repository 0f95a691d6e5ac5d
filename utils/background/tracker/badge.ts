/** The toolbar badge: active orders, in a warning colour when something needs attention. */
import { browser } from 'wxt/browser';
import { plural, t } from '../../i18n/messages';
import type { TrackedOrder, UnconfirmedAttempt } from '../../orders/types';
import type { PanelProfile } from '../../panels/types';
import { own } from '../../own';
import { isActive } from './core';
import type { TrackerState } from '../../tracker-state/types';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export const BADGE_NORMAL = '#2456d6';
export const BADGE_WARNING = '#d97706';

/**
 * Normal colour with the number of active orders; the warning colour while a panel is
 * failing (its last poll failed, or it is paused for a rejected key) or an unconfirmed order
 * waits for the user. Only panels that still exist count: a removed panel's state is history.
 */
export function badgeView(
  /** Full orders by key, or the popup view's rows. */
  orders: Readonly<Record<string, Pick<TrackedOrder, 'missing' | 'status'>>> | readonly Pick<TrackedOrder, 'missing' | 'status'>[],
  unconfirmed: readonly UnconfirmedAttempt[],
  state: TrackerState,
  panels: readonly Pick<PanelProfile, 'id'>[],
  /** The passphrase lock is closed: nothing is polled until the user unlocks. */
  locked = false,
): BadgeView {
  const active = Object.values(orders).filter(isActive).length;
  const failing = panels.filter(({ id }) => own(state.panels, id)?.pausedForAuth || own(state.panels, id)?.lastError).length;
  const reasons = [plural('badge_activeOrders', active)];
  if (unconfirmed.length) reasons.push(plural('badge_unconfirmed', unconfirmed.length));
  if (failing) reasons.push(plural('badge_panelsFailing', failing));
  if (locked) reasons.push(t('badge_locked'));
  const warn = unconfirmed.length > 0 || failing > 0 || locked;
  return {
    text: active > 0 ? String(active) : warn ? '!' : '',
    color: warn ? BADGE_WARNING : BADGE_NORMAL,
    title: t('badge_title', reasons.join(t('common_listSeparator'))),
  };
}

/** `action` on MV3, `browserAction` on Firefox MV2. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(view: BadgeView): Promise<void> {
  const api = actionApi();
  await Promise.all([api.setBadgeText({ text: view.text }), api.setBadgeBackgroundColor({ color: view.color }), api.setTitle({ title: view.title })]);
}
