import { describe, expect, it } from 'vitest';
import { runNeedsCredentials, type Connection } from './connection';
import { TARGET } from './fixtures/cases';

const connection = (authMode: Connection['target']['authMode'], apiAuthModes?: Connection['apiAuthModes']) => ({
  target: { ...TARGET, authMode },
  endpoints: {},
  ...(apiAuthModes ? { apiAuthModes } : {}),
});

describe('runNeedsCredentials', () => {
  it('fetches credentials when IAM is the default mode', () => {
    expect(runNeedsCredentials(connection('iam'))).toBe(true);
  });

  it('fetches credentials when the app’s call overrides the default with IAM', () => {
    expect(runNeedsCredentials(connection('userPool'), { authMode: 'iam' })).toBe(true);
  });

  it('fetches credentials when IAM is only an additional mode of the API', () => {
    expect(runNeedsCredentials(connection('userPool', ['userPool', 'iam']))).toBe(true);
  });

  it('skips them when nothing uses IAM', () => {
    expect(runNeedsCredentials(connection('userPool', ['userPool', 'apiKey']))).toBe(false);
  });

  it('fetches them when the API defaults to IAM even if the app’s call uses another mode', () => {
    expect(runNeedsCredentials(connection('iam'), { authMode: 'userPool' })).toBe(true);
  });
});
