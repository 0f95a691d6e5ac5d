/**
 * Panels, their API keys and balances, defined once (see utils/schema/fields.ts): the storage
 * check, the backup reader and restore read through these tables.
 */
import { PANEL_ERROR_KINDS, tellPanelError, type PanelError, type Said } from '../panel-api/errors';
import { BAD, REQUIRED, TEXT_CAP, bool, isObject, count, id, listOf, money, nonEmpty, nullable, object, oneOf, optional, recordOf, text, time, withDefault, type Field } from '../schema/fields';
import { webAddress } from '../schema/link-fields';
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

const SAID_VALUE = (v: unknown) => typeof v === 'number' || (typeof v === 'string' && v.length <= TEXT_CAP.message);

/** A message key and its values (PanelPilot's words in an error), as kept. */
const SAID: Field<Said> = {
  read: (v) => {
    if (!isObject(v) || typeof v.key !== 'string' || v.key.length > TEXT_CAP.id) return BAD;
    // Returned as stored when it is exactly a Said: no copy made.
    const exact = Object.keys(v).length === (v.args === undefined ? 1 : 2);
    if (v.args === undefined) return exact ? (v as unknown as Said) : { key: v.key };
    if (!Array.isArray(v.args) || v.args.length > 8 || !v.args.every(SAID_VALUE)) return BAD;
    return exact ? (v as unknown as Said) : { key: v.key, args: v.args as Said['args'] };
  },
  missing: REQUIRED,
  what: () => t('options_schemaMessageKey'),
};

const SAID_ERROR = object<NonNullable<PanelError['said']>>({ message: optional(SAID), hint: optional(SAID), made: nonEmpty(TEXT_CAP.id) });

/**
 * A panel's error as it is kept (the last poll error, the last balance error): texts capped,
 * PanelPilot's own words told again in the reader's language (tellPanelError).
 */
export const PANEL_ERROR = object<PanelError>(
  {
    kind: oneOf(PANEL_ERROR_KINDS, 'rejected'),
    message: text(TEXT_CAP.message),
    hint: text(TEXT_CAP.message),
    httpStatus: optional(count),
    retryAfterMs: optional(time),
    ambiguous: optional(bool(false)),
    said: optional(SAID_ERROR),
  },
  tellPanelError,
);

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
