import type { Scenario } from '../src/scenario.ts';
import { REGION, baseAccount } from './base-account.ts';

const base = baseAccount();
const CONFIG_REGION = 'us-west-2';

/**
 * The app config gives the API another region (`data.aws_region` = us-west-2) than the one it lives in: Amplify
 * signs for that region and AppSync answers 403 InvalidSignatureException "Credential should be scoped to a valid
 * region". Amplify retries it as a clock error and surfaces "Unknown error"; the wire keeps AppSync's answer.
 */
export const wrongSigningScope: Scenario = {
  ...base,
  id: 'wrong-signing-scope',
  title: 'Request signed for the wrong region',
  description: `amplify_outputs.json names ${CONFIG_REGION} for the API, which lives in ${REGION}; the SigV4 scope names the wrong region.`,
  expected: 'wrong-signing-scope',
  testRun: { graphqlRegion: CONFIG_REGION },
};
