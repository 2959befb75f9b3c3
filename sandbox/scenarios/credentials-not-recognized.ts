import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The app signs its GraphQL request itself and gives its SigV4 signer the identity pool credentials' access key id and
 * secret key but not their session token (run variant). SigV4 with temporary credentials needs the token in
 * `X-Amz-Security-Token` (AWS's SigV4 test suite, post-sts-token): AppSync answers 401 UnrecognizedClientException
 * "The security token included in the request is invalid." (body: aws-amplify/amplify-cli #3380; status 401: AWS
 * Knowledge Center, aws-appsync-graphql-request-unauth-error, "credentials are missing or invalid"; sandbox/FIDELITY.md).
 */
export const credentialsNotRecognized: Scenario = {
  ...base,
  id: 'credentials-not-recognized',
  title: 'Request signed without the session token',
  description:
    'The app signs the request with the credentials’ access key id and secret key but drops their session token: AppSync does not recognise the key.',
  expected: 'credentials-not-recognized',
  testRun: { sessionToken: 'dropped' },
};
