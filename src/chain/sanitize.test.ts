import { describe, expect, it } from 'vitest';
import { makeStsRecord } from './fixtures/cases';
import { sanitizeRecord } from './sanitize';

describe('sanitizeRecord', () => {
  it('drops the issued session token but keeps the access key id', () => {
    const record = makeStsRecord();
    (record.responseElements as { credentials: Record<string, string> }).credentials.sessionToken =
      'IQoJb3JpZ2luX2VjEXAMPLE';
    const clean = sanitizeRecord(record);
    expect(JSON.stringify(clean)).not.toContain('IQoJb3JpZ2luX2VjEXAMPLE');
    expect(clean.responseElements).toMatchObject({ credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001' } });
    expect(record.responseElements).toMatchObject({ credentials: { sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE' } });
  });
});
