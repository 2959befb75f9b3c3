import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The browser's clock is 70 minutes behind AppSync's. AppSync answers "Signature expired" (403
 * InvalidSignatureException); Amplify corrects its clock from the response's Date header and retries, and the
 * retried request meets credentials that, by AppSync's clock, expired ten minutes ago (401 ExpiredTokenException).
 */
export const clockSkew: Scenario = {
  ...base,
  id: 'clock-skew',
  title: 'Device clock 70 minutes behind AppSync',
  description:
    'The signed request is 70 minutes older than AppSync’s clock: Signature expired, then, after Amplify’s clock correction, the one-hour credentials read as expired.',
  expected: 'clock-skew',
  clockOffsetsSeconds: { appsync: 70 * 60 },
};
