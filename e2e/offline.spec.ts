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

// Amplify v6's repackaged 401 as the seed app printed it with JSON.stringify: `originalError` is not enumerable, so
// only the message and the recoverySuggestion remain (@aws-amplify/api-graphql src/utils/errors/repackageAuthError.ts).
const repackaged = JSON.stringify({
  data: {},
  errors: [
    {
      message: 'Unauthorized',
      recoverySuggestion:
        "If you're calling an Amplify-generated API, make sure to set the \"authMode\" in generateClient({ authMode: '...' }) to the backend authorization rule's auth provider ('apiKey', 'userPool', 'iam', 'oidc', 'lambda')",
    },
  ],
});
// AppSync's request-level lines as the CloudWatch console copies them: a timestamp, a tab, the message.
const consoleLines = [
  '2026-11-24T08:30:02.120Z\t3f1c1e0e-1111-4222-8333-944455556666 GraphQL Query: query ListNotes {',
  '  listNotes {',
  '    id',
  '  }',
  '}, Operation: ListNotes, Variables: {}',
  '2026-11-24T08:30:02.180Z\t3f1c1e0e-1111-4222-8333-944455556666 Response Headers: {x-amzn-ErrorType=UnauthorizedException}',
  '2026-11-24T08:30:02.181Z\t{"logType":"RequestSummary","requestId":"3f1c1e0e-1111-4222-8333-944455556666","graphQLAPIId":"x7k2mq4n5p6r7s8t9u0v1w2y3z","statusCode":401,"latency":61000000}',
].join('\n');

test('offline evidence as the seed app printed it: repackaged 401, console log lines, the record, the role named: proven', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  const record = JSON.parse(
    await readFile('src/chain/fixtures/aws/assume-role-with-web-identity.cognito.json', 'utf8'),
  ) as Record<string, unknown>;
  delete record._source;
  await page.getByLabel("The app's config (required)").fill(appConfig);
  await page.getByLabel("The app's error").fill(repackaged);
  await page.getByLabel('AppSync log lines').fill(consoleLines);
  await page.getByLabel("The role's permission policy").fill(policy);
  await page
    .getByLabel("The identity pool's authenticated role (optional)")
    .fill('arn:aws:iam::111122223333:role/authtrace-demo-authenticated');
  // Without the STS record the named role's policy decides the flaw, but which role was assumed is unproven.
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  await expect(verdict).toContainText('likely: not proven yet');
  await expect(verdict.getByTestId('verdict-next')).toContainText('AssumeRoleWithWebIdentity');

  await page.getByLabel('CloudTrail record').fill(JSON.stringify(record));
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  await expect(verdict).toContainText('proven by the evidence');
  await expect(verdict).toContainText('types/Query/fields/listNotes');
});

test('a policy nested 20,000 levels deep gets a message beside it, and nothing typed is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  const deep = `{"Statement":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const role = 'arn:aws:iam::111122223333:role/app-authenticated';
  await page.getByLabel("The app's config (required)").fill(appConfig);
  await page.getByLabel("The app's error").fill(amplifyError);
  await page.getByLabel("The identity pool's authenticated role (optional)").fill(role);
  await page.getByLabel("The role's permission policy").fill(deep);
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(page.getByText('This policy is nested more than 64 levels deep')).toBeVisible();
  await expect(page.getByText('Some pieces could not be read: see the messages beside them.')).toBeVisible();
  // Every piece keeps what was typed, the deep one included.
  await expect(page.getByLabel("The app's config (required)")).toHaveValue(appConfig);
  await expect(page.getByLabel("The app's error")).toHaveValue(amplifyError);
  await expect(page.getByLabel("The identity pool's authenticated role (optional)")).toHaveValue(role);
  await expect(page.getByLabel("The role's permission policy")).toHaveValue(deep);
  // Replaced by the real document, the same page builds the verdict.
  await page.getByLabel("The role's permission policy").fill(policy);
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(page.getByRole('region', { name: 'Verdict' }).getByTestId('verdict-cause')).toHaveText(
    'role-policy-resource-mismatch',
  );
});

// A field AppSync refused inside a 200, as Amplify v6 throws it (errorType "Unauthorized"; the field and type named).
const fieldRefused = JSON.stringify({
  data: { listNotes: null },
  errors: [
    {
      path: ['listNotes'],
      data: null,
      errorType: 'Unauthorized',
      errorInfo: null,
      locations: [{ line: 2, column: 3, sourceName: null }],
      message: 'Not Authorized to access listNotes on type Query',
    },
  ],
});
const fixtureBody = async (name: string) =>
  (await readFile(`src/chain/fixtures/appsync/${name}`, 'utf8')).split(/\n---\n/, 2)[1] ?? '';

test('offline evidence after IAM: the pasted schema proves the missing @aws_iam; the resolver shows the stale allow-list', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  await page.getByLabel("The app's config (required)").fill(appConfig);
  await page.getByLabel("The app's error").fill(fieldRefused);
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  // The refusal alone: likely, asking for the schema with its directives.
  await expect(verdict).toContainText('likely: not proven yet');
  await expect(verdict.getByTestId('verdict-next')).toContainText('--format SDL --include-directives');

  await page
    .getByLabel('The API’s schema with directives (optional)')
    .fill(await fixtureBody('schema-without-iam.sdl.txt'));
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('field-lacks-iam-directive');
  await expect(verdict).toContainText('proven by the evidence');

  await page
    .getByLabel('The API’s schema with directives (optional)')
    .fill(await fixtureBody('schema-with-iam.sdl.txt'));
  await page
    .getByLabel('The refused field’s resolver (optional)')
    .fill(`${await fixtureBody('get-resolver.pipeline.json.txt')}\n${await fixtureBody('get-function.auth.json.txt')}`);
  await page
    .getByLabel("The identity pool's authenticated role (optional)")
    .fill('arn:aws:iam::111122223333:role/authtrace-demo-authenticated');
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('resolver-allow-list-stale');

  await page.getByLabel('The API’s schema with directives (optional)').fill('{"data": {"__schema": {}}}');
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(page.getByText(/This is JSON introspection/)).toBeVisible();
});
