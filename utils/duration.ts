/**
 * "45 min", "3 h", "2 d": how long something usually takes, rounded for reading. Other
 * languages get their own unit abbreviations from Intl ("45 мин", "3 ч", "2 дн."); English
 * keeps the compact form it has always shown (Intl's would be "3 hr", "2 days").
 */
import { activeTag } from './i18n/messages';

type Unit = 'minute' | 'hour' | 'day';
// i18n-exempt: the English unit abbreviations; every other language's come from Intl
const ENGLISH: Record<Unit, string> = { minute: 'min', hour: 'h', day: 'd' };
const formats = new Map<string, Intl.NumberFormat>();

function unit(n: number, u: Unit, tag: string): string {
  if (tag === 'en') return `${n} ${ENGLISH[u]}`;
  const key = `${u} ${tag}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: 0 })));
  return f.format(n);
}

export function formatDuration(ms: number, tag = activeTag()): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return unit(minutes, 'minute', tag);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return unit(hours, 'hour', tag);
  return unit(Math.round(hours / 24), 'day', tag);
}
