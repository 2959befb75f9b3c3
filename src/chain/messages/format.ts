/** Formatting shared by the catalogs: times and durations written the way each language writes them. */
export type Lang = 'en' | 'ja';

/** `2026-11-24T08:30:00.000Z` (or epoch ms) → `2026-11-24 08:30:00 UTC`. */
export function utc(at: string | number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? String(at) : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The zone a Japanese reader expects when nobody chose another: Japan time. */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

// The zone dates are shown in while a view renders (`inTimeZone`); outside one, English stays UTC (the CLI, exports
// and tests print the same text everywhere) and Japanese is Japan time.
let displayZone: string | undefined;

/**
 * Runs `render` with dates written in `zone` (an IANA name, e.g. the viewer's `Intl` zone). Synchronous and
 * restored afterwards, so catalogs stay plain functions of their parameters and nothing else sees the setting.
 */
export function inTimeZone<T>(zone: string | undefined, render: () => T): T {
  const before = displayZone;
  displayZone = zone;
  try {
    return render();
  } finally {
    displayZone = before;
  }
}

/** Whether the platform knows the zone (a typo in a preference must not blank the page). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A date for a reader of `lang`, in the display zone: `2026-11-24 08:30:00 UTC` (en, UTC), `2026-11-24 17:30:00
 * GMT+9` (en, another zone), `2026年11月24日 17:30:00 日本標準時` (ja). Epoch ms or ISO text; never a raw number.
 */
export function when(at: string | number, lang: Lang = 'en'): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  const zone = displayZone ?? (lang === 'ja' ? JAPAN_TIME_ZONE : 'UTC');
  if (lang === 'en' && zone === 'UTC') return utc(at);
  const timeZone = isTimeZone(zone) ? zone : 'UTC';
  const parts = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-CA', {
    timeZone,
    year: 'numeric',
    month: lang === 'ja' ? 'long' : '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: lang === 'ja' ? 'long' : 'short',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}:${part('second')}`;
  return lang === 'ja'
    ? `${part('year')}年${Number(part('month').replace(/\D/g, ''))}月${Number(part('day'))}日 ${time}（${part('timeZoneName')}）`
    : `${part('year')}-${part('month')}-${part('day')} ${time} ${part('timeZoneName')}`;
}

const MINUTE = 60;
/** A duration in seconds as "70 min", "2 h 5 min", "40 s" (en) or 「70分」「2時間5分」「40秒」 (ja). */
export function duration(seconds: number, lang: Lang = 'en'): string {
  const s = Math.abs(Math.round(seconds));
  const [sec, min, hour] = lang === 'ja' ? ['秒', '分', '時間'] : [' s', ' min', ' h '];
  if (s < MINUTE) return `${s}${sec}`;
  const minutes = Math.round(s / MINUTE);
  return minutes < 120 ? `${minutes}${min}` : `${Math.floor(minutes / 60)}${hour}${minutes % 60}${min}`;
}

/**
 * A time of day in the display zone, for inline labels: `06:47 UTC` (en, UTC), `15:47 JST` (ja, Japan time). Never a
 * raw number.
 */
export function clock(at: string | number, lang: Lang = 'en'): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  const zone = displayZone ?? (lang === 'ja' ? JAPAN_TIME_ZONE : 'UTC');
  const timeZone = isTimeZone(zone) ? zone : 'UTC';
  const parts = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/**
 * A signed offset from a reference, in seconds: `+1.2 s`, `−3 min 4 s`, `+2 h` (en) or `+1.2秒`, `−3分4秒`, `+2時間`
 * (ja). The timeline's ticks and the trace's "+59 min" use it.
 */
export function offset(seconds: number, lang: Lang = 'en', precision: 'seconds' | 'minutes' = 'seconds'): string {
  const sign = seconds < 0 ? '−' : '+';
  const abs = Math.abs(seconds);
  const [s, m, h] = lang === 'ja' ? ['秒', '分', '時間'] : [' s', ' min', ' h'];
  const join = (a: string, b: string) => (lang === 'ja' ? `${a}${b}` : `${a} ${b}`);
  if (precision === 'minutes') {
    const minutes = Math.round(abs / 60);
    return minutes < 120
      ? `${sign}${minutes}${m}`
      : `${sign}${join(`${Math.floor(minutes / 60)}${h}`, `${minutes % 60}${m}`)}`;
  }
  if (abs < 60) return `${sign}${abs.toFixed(abs < 10 ? 1 : 0)}${s}`;
  const minutes = Math.floor(abs / 60);
  if (minutes < 120) return `${sign}${join(`${minutes}${m}`, `${Math.round(abs % 60)}${s}`)}`;
  return `${sign}${Math.round(minutes / 60)}${h}`;
}

/** A call's duration: `123 ms` (en), `123ミリ秒` (ja). */
export function millis(ms: number, lang: Lang = 'en'): string {
  return `${Math.round(ms)}${lang === 'ja' ? 'ミリ秒' : ' ms'}`;
}
