import { describe, expect, it } from 'vitest';
import { cloudTrailTime, stsExpirationText } from './trail-format.ts';

describe('CloudTrail time formats', () => {
  it('writes eventTime with one-second precision', () => {
    expect(cloudTrailTime(Date.UTC(2026, 10, 24, 8, 30, 0, 999))).toBe('2026-11-24T08:30:00Z');
  });

  it('writes STS credential expirations like real records ("Oct 25, 2023, 2:21:21 AM")', () => {
    expect(stsExpirationText(Date.UTC(2023, 9, 25, 2, 21, 21))).toBe('Oct 25, 2023, 2:21:21 AM');
    expect(stsExpirationText(Date.UTC(2026, 10, 24, 9, 30, 0))).toBe('Nov 24, 2026, 9:30:00 AM');
    expect(stsExpirationText(Date.UTC(2026, 0, 1, 0, 5, 9))).toBe('Jan 1, 2026, 12:05:09 AM');
    expect(stsExpirationText(Date.UTC(2026, 0, 1, 12, 0, 0))).toBe('Jan 1, 2026, 12:00:00 PM');
    expect(stsExpirationText(Date.UTC(2026, 0, 1, 23, 59, 59))).toBe('Jan 1, 2026, 11:59:59 PM');
  });
});
