import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The API authorizes only with AWS_IAM, but the app's call overrides the mode with `authMode: 'userPool'` (run
 * variant): it sends the user pool JWT, which the API has no mode for: 401 UnauthorizedException.
 */
export const authModeMismatch: Scenario = {
  ...base,
  id: 'auth-mode-mismatch',
  title: 'App calls with user pool tokens; the API expects IAM',
  description:
    'The API’s only mode is AWS_IAM; the app’s GraphQL call uses authMode userPool and sends the ID token, which AppSync refuses.',
  expected: 'auth-mode-mismatch',
  api: { ...base.api, additionalAuthTypes: [] },
  testRun: { authMode: 'userPool' },
};
