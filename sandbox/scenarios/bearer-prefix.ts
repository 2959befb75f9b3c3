import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The API authorizes with the user pool, and the app's call adds `Bearer ` before the token (an HTTP interceptor or a
 * custom header, aws-amplify/amplify-js #8892): AppSync answers 401 "Unable to parse JWT token."
 * (aws/aws-appsync-community #198; AWS Knowledge Center, AppSync unauthorized errors).
 */
export const bearerPrefix: Scenario = {
  ...base,
  id: 'bearer-prefix',
  title: 'App sends its user pool token with a Bearer prefix',
  description:
    'The API’s default mode is the Cognito user pool; the app sends "Authorization: Bearer <token>", which AppSync cannot parse.',
  expected: 'bearer-prefix',
  api: { ...base.api, defaultAuthType: 'AMAZON_COGNITO_USER_POOLS', additionalAuthTypes: ['AWS_IAM'] },
  testRun: { bearerPrefix: true },
};
