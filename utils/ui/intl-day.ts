/**
 * Local days ('YYYY-MM-DD', as utils/orders/spending.ts counts them) for people, through Intl
 * in the reader's language: "Nov 30, 2026" · "30 нояб. 2026 г.", and short "Nov 30" · "30 нояб.".
 */
import { activeTag } from '../i18n/messages';
import { formatDateTime } from '../i18n/intl-format';

/** Noon of the local day: no zone or daylight-saving shift moves it to another date. */
export function localDayTime(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12).getTime();
}

/** "Nov 30, 2026". */
export function formatLocalDay(day: string, tag = activeTag()): string {
  return formatDateTime(localDayTime(day), 'date', tag);
}

const short = new Map<string, Intl.DateTimeFormat>();

/** "Nov 30" · "30 нояб." · "30 نوفمبر": a chart's axis label. */
export function formatShortDay(day: string, tag = activeTag()): string {
  let f = short.get(tag);
  if (!f) short.set(tag, (f = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric' })));
  return f.format(localDayTime(day));
}
