import { describe, expect, it } from 'vitest';
import { duration, inTimeZone, when } from './format';

const AT = '2026-11-24T08:30:00.000Z';

describe('when', () => {
  it('writes English in UTC outside a view, as the CLI and exports print it', () => {
    expect(when(AT)).toBe('2026-11-24 08:30:00 UTC');
    expect(when(Date.parse(AT), 'en')).toBe('2026-11-24 08:30:00 UTC');
  });

  it('writes Japanese in Japan time by default, with no raw epoch number', () => {
    expect(when(AT, 'ja')).toBe('2026年11月24日 17:30:00（日本標準時）');
    expect(when(Date.parse(AT), 'ja')).not.toMatch(/\d{10}/);
  });

  it('writes dates in the viewer’s zone while a view renders, and restores the default afterwards', () => {
    expect(inTimeZone('Asia/Tokyo', () => when(AT, 'en'))).toBe('2026-11-24 17:30:00 GMT+9');
    expect(inTimeZone('UTC', () => when(AT, 'ja'))).toMatch(/^2026年11月24日 08:30:00（/);
    expect(when(AT)).toBe('2026-11-24 08:30:00 UTC');
  });

  it('survives an unknown zone and a value that is not a date', () => {
    expect(inTimeZone('Mars/Olympus', () => when(AT, 'en'))).toBe('2026-11-24 08:30:00 UTC');
    expect(when('soon', 'ja')).toBe('soon');
  });
});

describe('duration', () => {
  it('uses Japanese units with no English left and no spaces', () => {
    expect(duration(4200, 'ja')).toBe('70分');
    expect(duration(7500, 'ja')).toBe('2時間5分');
    expect(duration(-40, 'ja')).toBe('40秒');
    expect(duration(4200)).toBe('70 min');
  });
});
