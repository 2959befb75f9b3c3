import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import seedOutputs from '../src/chain/fixtures/app-config/seed-amplify-outputs.json' with { type: 'json' };

// The seed app's public config (amplify_outputs.json), shared with the other offline tests.
const appConfig = JSON.stringify(seedOutputs);
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
  // The policy decides the flaw; without the identity pool's roles the role could still be a guest or group role.
  await expect(verdict).toContainText('likely: not proven yet');
  await expect(verdict.getByTestId('verdict-next')).toContainText('get-identity-pool-roles');
  await expect(page.getByRole('group', { name: 'STS event (CloudTrail)' })).toContainText('AssumeRoleWithWebIdentity');

  await page.getByRole('link', { name: 'Live run' }).click();
  await expect(page.getByLabel('Test user')).toHaveValue('tester@example.com');
});
