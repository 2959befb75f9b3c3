import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const appConfig = JSON.stringify({
  version: '1.4',
  auth: {
    aws_region: 'us-east-1',
    user_pool_id: 'us-east-1_aT7rAcE01',
    user_pool_client_id: '4fq3hj2mskv9c1b8l0u7d6e5ta',
    identity_pool_id: 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b',
  },
  data: {
    url: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
    aws_region: 'us-east-1',
    default_authorization_type: 'AWS_IAM',
    authorization_types: [],
  },
});
const amplifyError = JSON.stringify({
  errors: [
    { message: 'Unauthorized', originalError: { name: 'UnauthorizedException', $metadata: { httpStatusCode: 401 } } },
  ],
});
const policy = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Action: 'appsync:GraphQL', Resource: 'arn:aws:appsync:us-east-1:444455556666:apis/b3c4/*' },
  ],
});

test('offline evidence: pasted pieces give the timeline and verdict, bad pieces their own message', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox('healthy'); // something typed on the live tab, which must survive the switch
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  const record = JSON.parse(
    await readFile('src/chain/fixtures/aws/assume-role-with-web-identity.cognito.json', 'utf8'),
  ) as Record<string, unknown>;
  delete record._source;
  await page.getByLabel("The app's config (required)").fill(appConfig);
  await page.getByLabel('CloudTrail record').fill('{ "eventName": ');
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(page.getByText(/Not valid JSON/)).toBeVisible();

  await page.getByLabel('CloudTrail record').fill(JSON.stringify(record));
  await page.getByLabel("The app's error").fill(amplifyError);
  await page.getByLabel("The role's permission policy").fill(policy);
  await page.getByLabel('The failing query (optional)').fill('query ListNotes { listNotes { id } }');
  await page
    .getByLabel('AppSync log lines')
    .fill(
      '{"logType":"RequestSummary","requestId":"3f1c1e0e-1111-4222-8333-944455556666","graphQLAPIId":"x7k2mq4n5p6r7s8t9u0v1w2y3z","statusCode":401}',
    );
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  await expect(verdict).toContainText('proven by the evidence');
  await expect(page.getByRole('group', { name: 'STS event (CloudTrail)' })).toContainText('AssumeRoleWithWebIdentity');

  await page.getByRole('link', { name: 'Live run' }).click();
  await expect(page.getByLabel('Test user')).toHaveValue('tester@example.com');
});
