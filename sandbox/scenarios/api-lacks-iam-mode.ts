import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The API authorizes only with Cognito user pools, while the app signs its calls with identity pool credentials
 * (run variant `authMode: 'iam'`): AppSync reads the SigV4 Authorization header as a JWT and answers 401
 * UnauthorizedException "Unable to parse JWT token."
 */
export const apiLacksIamMode: Scenario = {
  ...base,
  id: 'api-lacks-iam-mode',
  title: 'API has no AWS_IAM authorization mode',
  description:
    'The API’s only authorization mode is Cognito user pools; the app signs with IAM and AppSync cannot read the request’s authorization.',
  expected: 'api-lacks-iam-mode',
  api: { ...base.api, defaultAuthType: 'AMAZON_COGNITO_USER_POOLS', additionalAuthTypes: [] },
  testRun: { authMode: 'iam' },
};
