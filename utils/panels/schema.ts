/**
 * Panels, their API keys and balances, defined once (see utils/schema/fields.ts): the storage
 * check, the backup reader and restore read through these tables.
 */
import { PANEL_ERROR_KINDS, type PanelError } from '../panel-api/errors';
import { BAD, REQUIRED, TEXT_CAP, bool, count, id, listOf, money, nonEmpty, nullable, object, oneOf, optional, recordOf, text, time, webAddress, withDefault, type Field } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import type { BalanceSnapshot, PanelBalanceState, PanelProfile } from './types';
import { t } from '../i18n/messages';

export const PANEL = object<PanelProfile>({
  id,
  name: withDefault(text(TEXT_CAP.line), REQUIRED),
  apiUrl: webAddress,
  isDefault: bool(false),
  lowBalanceThreshold: nullable(money),
  createdAt: time,
});

/** A panel's error as it is kept (the last poll error, the last balance error): texts capped. */
export const PANEL_ERROR = object<PanelError>({
  kind: oneOf(PANEL_ERROR_KINDS, 'rejected'),
  message: text(TEXT_CAP.message),
  hint: text(TEXT_CAP.message),
  httpStatus: optional(count),
  retryAfterMs: optional(time),
  ambiguous: optional(bool(false)),
});

export const ERROR_AT = object<{ error: PanelError; at: number }>({ error: PANEL_ERROR, at: time });

export const BALANCE_SNAPSHOT = object<BalanceSnapshot>({
  // null: the panel's figure could not be read without guessing; `text` holds its words.
  balance: withDefault(nullable(money), REQUIRED),
  // null: the panel did not state a currency (never assumed).
  currency: nullable(text(TEXT_CAP.short)),
  text: optional(text(TEXT_CAP.line)),
  fetchedAt: time,
});

/** A balance that says something: a figure, or the panel's own words when the figure was ambiguous. */
const SHOWN_BALANCE: Field<BalanceSnapshot> = {
  ...BALANCE_SNAPSHOT,
  read: (v, ctx) => {
    const snapshot = BALANCE_SNAPSHOT.read(v, ctx);
    return snapshot !== BAD && snapshot.balance === null && !snapshot.text ? BAD : snapshot;
  },
  what: () => t('options_schemaShownBalance'),
};

export const BALANCE_STATE = object<PanelBalanceState>({
  last: nullable(SHOWN_BALANCE),
  error: nullable(ERROR_AT),
});

export const PANEL_LIST = listOf(PANEL, { label: (i, raw) => (raw && typeof raw === 'object' && 'name' in raw ? t('options_schemaPanelNamed', i + 1, String(raw.name)) : t('options_schemaPanel', i + 1)) });
const BALANCES = recordOf(BALANCE_STATE);
const SECRETS = recordOf(nonEmpty());

export const checkPanels = (raw: unknown): Checked<PanelProfile[]> => readStored(PANEL_LIST, raw, []);
export const checkBalances = (raw: unknown): Checked<Record<string, PanelBalanceState>> => readStored(BALANCES, raw, {});
export const checkSecrets = (raw: unknown): Checked<Record<string, string>> => readStored(SECRETS, raw, {});
