/** Formatting shared by the catalogs: times and durations written the way each language writes them. */
export type Lang = 'en' | 'ja';

/** `2026-11-24T08:30:00.000Z` (or epoch ms) → `2026-11-24 08:30:00 UTC`. */
export function utc(at: string | number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? String(at) : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const MINUTE = 60;
/** A duration in seconds as "70 min", "2 h 5 min", "40 s" (en) or "70 分", "2 時間 5 分", "40 秒" (ja). */
export function duration(seconds: number, lang: Lang = 'en'): string {
  const s = Math.abs(Math.round(seconds));
  const [sec, min, hour] = lang === 'ja' ? [' 秒', ' 分', ' 時間 '] : [' s', ' min', ' h '];
  if (s < MINUTE) return `${s}${sec}`;
  const minutes = Math.round(s / MINUTE);
  return minutes < 120 ? `${minutes}${min}` : `${Math.floor(minutes / 60)}${hour}${minutes % 60}${min}`;
}
