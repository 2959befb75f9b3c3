import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

export const healthy: Scenario = {
  ...baseAccount(),
  id: 'healthy',
  title: 'Healthy chain',
  description:
    'Sign-in, credentials and the AppSync call all succeed: the authenticated role allows appsync:GraphQL on this API.',
  expected: 'healthy',
};
