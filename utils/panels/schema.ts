/**
 * Panels, their API keys and balances, defined once (see utils/schema/fields.ts): the storage
 * check, the backup reader and restore read through these tables.
 */
import { PANEL_ERROR_KINDS, type PanelError } from '../panel-api/errors';
import { REQUIRED, TEXT_CAP, bool, count, id, listOf, money, nonEmpty, nullable, object, oneOf, optional, recordOf, text, time, webAddress, withDefault } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import type { BalanceSnapshot, PanelBalanceState, PanelProfile } from './types';

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
  balance: withDefault(money, REQUIRED),
  currency: text(TEXT_CAP.short),
  fetchedAt: time,
});

export const BALANCE_STATE = object<PanelBalanceState>({
  last: nullable(BALANCE_SNAPSHOT),
  error: nullable(ERROR_AT),
});

export const PANEL_LIST = listOf(PANEL, { label: (i, raw) => `Panel ${i + 1}${raw && typeof raw === 'object' && 'name' in raw ? ` (“${String(raw.name)}”)` : ''}` });
const BALANCES = recordOf(BALANCE_STATE);
const SECRETS = recordOf(nonEmpty());

export const checkPanels = (raw: unknown): Checked<PanelProfile[]> => readStored(PANEL_LIST, raw, []);
export const checkBalances = (raw: unknown): Checked<Record<string, PanelBalanceState>> => readStored(BALANCES, raw, {});
export const checkSecrets = (raw: unknown): Checked<Record<string, string>> => readStored(SECRETS, raw, {});
