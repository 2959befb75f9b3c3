import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAppConfig, validateTarget, type AppConfigResult } from './app-config';
import configure from './fixtures/app-config/amplify-configure.json?raw';
import gen2 from './fixtures/app-config/amplify-outputs.gen2.json?raw';
import gen1Json from './fixtures/app-config/amplifyconfiguration.gen1.json?raw';
// `.txt` so that Prettier and ESLint leave it byte for byte as the Amplify CLI generates it.
import awsExports from './fixtures/app-config/aws-exports.gen1.js.txt?raw';
import sandbox from './fixtures/app-config/sandbox-config.json?raw';
// Shapes and sources: fixtures/app-config/SOURCES.md.
import gen2Additional from './fixtures/app-config/amplify-outputs.iam-additional.json?raw';
import legacyAdditional from './fixtures/app-config/amplifyconfiguration.iam-additional.json?raw';
import { runNeedsCredentials } from './connection';

function ok(result: AppConfigResult) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result;
}

function failed(result: AppConfigResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

/** The Gen 2 fixture with some keys replaced (`undefined` deletes), as text. */
function gen2With(auth: Record<string, unknown> = {}, data: Record<string, unknown> = {}): string {
  const outputs = JSON.parse(gen2) as { auth: Record<string, unknown>; data: Record<string, unknown> };
  return JSON.stringify({ ...outputs, auth: { ...outputs.auth, ...auth }, data: { ...outputs.data, ...data } });
}

describe('parseAppConfig: formats', () => {
  it('reads Gen 2 amplify_outputs.json', () => {
    const result = ok(parseAppConfig(gen2, 'amplify_outputs.json'));
    expect(result.format).toBe('gen2');
    expect(result.target).toEqual({
      region: 'us-east-1',
      userPoolId: 'us-east-1_Xa9bC3dEf',
      userPoolClientId: '3n4b5urk1ft4fl3mg5e62d9ado',
      identityPoolId: 'us-east-1:7a1b2c3d-4e5f-4789-abcd-ef0123456789',
      graphqlEndpoint: 'https://4w6vxnbcmnfxhpaacwjzbbbe4u.appsync-api.us-east-1.amazonaws.com/graphql',
      authMode: 'iam',
    });
    // The AppSync host prefix is not the API id: it is left unknown rather than guessed.
    expect(result.target.apiId).toBeUndefined();
    expect(result.apiKey).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('reads Gen 1 amplifyconfiguration.json with an API key kept out of the target', () => {
    const result = ok(parseAppConfig(gen1Json, 'amplifyconfiguration.json'));
    expect(result.format).toBe('gen1');
    expect(result.target).toMatchObject({ region: 'eu-west-1', userPoolId: 'eu-west-1_Qw3Er5Ty7', authMode: 'apiKey' });
    expect(result.apiKey).toBe('da2-k3j5h7g9f1d3s5a7p9o1i3u5y7');
    expect(JSON.stringify(result.target)).not.toContain('da2-');
  });

  it('reads a generated aws-exports.js without evaluating it', () => {
    const result = ok(parseAppConfig(awsExports, 'src/aws-exports.js'));
    expect(result.format).toBe('gen1');
    expect(result.target).toMatchObject({
      region: 'us-west-2',
      userPoolClientId: '1a2s3d4f5g6h7j8k9l0qwertyu',
      identityPoolId: 'us-west-2:9c8b7a6f-5e4d-4c3b-a2a1-0f9e8d7c6b5a',
      authMode: 'iam',
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads hand-edited aws-exports.js: single quotes, unquoted keys, comments, trailing commas', () => {
    const text = `// config
      const awsmobile = {
        aws_project_region: 'us-east-1', /* the app's region */
        aws_appsync_graphqlEndpoint: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
        aws_appsync_authenticationType: 'AWS_IAM',
        aws_cognito_identity_pool_id: 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b',
        aws_user_pools_id: "us-east-1_aT7rAcE01",
        'aws_user_pools_web_client_id': '4fq3hj2mskv9c1b8l0u7d6e5ta',
        oauth: { scope: ['email', 'openid',], },
      };
      module.exports = awsmobile;`;
    const result = ok(parseAppConfig(text));
    expect(result.target).toMatchObject({ region: 'us-east-1', userPoolId: 'us-east-1_aT7rAcE01', authMode: 'iam' });
  });

  it('reads the Amplify v6 Amplify.configure shape, as JSON or as the call itself', () => {
    const result = ok(parseAppConfig(configure));
    expect(result.format).toBe('amplify-configure');
    expect(result.target).toMatchObject({
      region: 'ap-southeast-2',
      userPoolId: 'ap-southeast-2_Lk9Jh7Gf5',
      authMode: 'iam',
    });
    expect(ok(parseAppConfig(`Amplify.configure(${configure});`)).target).toEqual(result.target);
  });

  it('takes the region from the user pool id when Amplify.configure names none, and Cognito endpoints', () => {
    const config = JSON.parse(configure) as {
      Auth: { Cognito: Record<string, unknown> };
      API: { GraphQL: Record<string, unknown> };
    };
    config.API.GraphQL.region = undefined;
    config.Auth.Cognito.userPoolEndpoint = 'http://127.0.0.1:4510';
    const result = ok(parseAppConfig(JSON.stringify(config)));
    expect(result.target.region).toBe('ap-southeast-2');
    expect(result.endpoints).toEqual({ cognitoIdp: 'http://127.0.0.1:4510' });
  });

  it('reads the sandbox config document whole, without its test user or credentials', () => {
    const result = ok(parseAppConfig(sandbox));
    expect(result.format).toBe('gen2');
    expect(result).toMatchObject({ accountId: '111122223333', apiId: 'x7k2mq4n5p6r7s8t9u0v1w2y3z' });
    expect(result.target).toMatchObject({
      accountId: '111122223333',
      apiId: 'x7k2mq4n5p6r7s8t9u0v1w2y3z',
      graphqlEndpoint: 'http://127.0.0.1:4510/graphql',
    });
    expect(result.endpoints).toEqual({
      cognitoIdp: 'http://127.0.0.1:4510',
      cognitoIdentity: 'http://127.0.0.1:4510',
      sts: 'http://127.0.0.1:4510',
      appsync: 'http://127.0.0.1:4510/graphql',
      cloudtrail: 'http://127.0.0.1:4510',
      logs: 'http://127.0.0.1:4510',
      iam: 'http://127.0.0.1:4510',
    });
    const out = JSON.stringify(result);
    expect(out).not.toContain('Sandbox-Passw0rd!');
    expect(out).not.toContain('wJalrXUtnFI');
  });

  it('maps every authorization type', () => {
    const modes = {
      AWS_IAM: 'iam',
      AMAZON_COGNITO_USER_POOLS: 'userPool',
      API_KEY: 'apiKey',
      OPENID_CONNECT: 'oidc',
      AWS_LAMBDA: 'lambda',
    };
    for (const [type, mode] of Object.entries(modes)) {
      expect(
        ok(parseAppConfig(gen2With({}, { default_authorization_type: type, api_key: 'da2-x' }))).target.authMode,
      ).toBe(mode);
    }
  });

  it('warns when IAM is only an additional auth mode', () => {
    const result = ok(
      parseAppConfig(
        gen2With({}, { default_authorization_type: 'AMAZON_COGNITO_USER_POOLS', authorization_types: ['AWS_IAM'] }),
      ),
    );
    expect(result.warnings.join(' ')).toMatch(/AWS_IAM is an additional one/);
  });

  it('warns when auth and data name different regions, and uses the API region', () => {
    const result = ok(parseAppConfig(gen2With({ aws_region: 'eu-west-1' })));
    expect(result.target.region).toBe('us-east-1');
    expect(result.warnings.join(' ')).toMatch(/data\.aws_region us-east-1, auth\.aws_region eu-west-1/);
  });
});

describe('parseAppConfig: the API’s additional auth modes', () => {
  it('keeps Gen 2 data.authorization_types beside the default mode', () => {
    const result = ok(parseAppConfig(gen2Additional, 'amplify_outputs.json'));
    expect(result.target.authMode).toBe('userPool');
    expect(result.apiAuthModes).toEqual(['userPool', 'iam', 'apiKey']);
  });

  it('reads the legacy config’s comma-separated aws_appsync_additionalAuthenticationTypes', () => {
    const result = ok(parseAppConfig(legacyAdditional, 'amplifyconfiguration.json'));
    expect(result.format).toBe('gen1');
    expect(result.target.authMode).toBe('userPool');
    expect(result.apiAuthModes).toEqual(['userPool', 'iam', 'apiKey']);
  });

  it('reads a Gen 1 list written as an array, and an empty one as the default alone', () => {
    const config = JSON.parse(legacyAdditional) as Record<string, unknown>;
    const as = (value: unknown) =>
      ok(parseAppConfig(JSON.stringify({ ...config, aws_appsync_additionalAuthenticationTypes: value }))).apiAuthModes;
    expect(as(['AWS_IAM'])).toEqual(['userPool', 'iam']);
    expect(as([])).toEqual(['userPool']);
    expect(as('')).toEqual(['userPool']);
  });

  it('lists each mode once and leaves an unknown name out with a note', () => {
    const result = ok(
      parseAppConfig(gen2With({}, { authorization_types: ['AMAZON_COGNITO_USER_POOLS', 'AWS_IAM', 'MAGIC'] })),
    );
    expect(result.apiAuthModes).toEqual(['iam', 'userPool']);
    expect(result.warnings.join(' ')).toContain('"MAGIC"');
  });

  it('says nothing of modes a config does not list (Amplify.configure has no such key)', () => {
    expect(ok(parseAppConfig(configure)).apiAuthModes).toBeUndefined();
    expect(ok(parseAppConfig(gen1Json)).apiAuthModes).toBeUndefined();
  });

  it('makes a run against an API with IAM as an additional mode fetch credentials, from either format', () => {
    for (const text of [gen2Additional, legacyAdditional]) {
      const result = ok(parseAppConfig(text));
      const connection = {
        target: result.target,
        endpoints: {},
        ...(result.apiAuthModes ? { apiAuthModes: result.apiAuthModes } : {}),
      };
      expect(runNeedsCredentials(connection)).toBe(true);
      // Without the additional modes the same default (user pools) would get none: the list is what decides.
      expect(runNeedsCredentials({ target: result.target, endpoints: {} })).toBe(false);
    }
  });
});

describe('parseAppConfig: what is wrong and what to do', () => {
  it('names a missing identity pool, its key, and what IAM auth needs', () => {
    const result = failed(parseAppConfig(gen2With({ identity_pool_id: undefined }), 'amplify_outputs.json'));
    expect(result.fieldErrors).toEqual({
      identityPoolId:
        'Identity pool id is missing: this app config has no identity pool (auth.identity_pool_id). IAM auth needs one; add it by hand.',
    });
    expect(result.error).toMatch(/^amplify_outputs\.json: Identity pool id is missing/);
    // What was found is kept so that a form can be prefilled.
    expect(result.read?.target).toMatchObject({ userPoolId: 'us-east-1_Xa9bC3dEf', authMode: 'iam' });
  });

  it('names every missing field of a config without data', () => {
    const result = failed(parseAppConfig(JSON.stringify({ auth: { aws_region: 'us-east-1' } })));
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      'authMode',
      'graphqlEndpoint',
      'identityPoolId',
      'userPoolClientId',
      'userPoolId',
    ]);
    expect(result.fieldErrors.graphqlEndpoint).toMatch(/data\.url/);
  });

  it('says what is wrong with a bad region and where it came from', () => {
    const result = failed(parseAppConfig(gen2With({ aws_region: 'Virginia' }, { aws_region: 'us-east-one' })));
    expect(result.fieldErrors.region).toBe(
      'Region must be an AWS region such as us-east-1: got "us-east-one" from data.aws_region.',
    );
  });

  it('rejects an unknown auth type by name', () => {
    const result = failed(parseAppConfig(gen2With({}, { default_authorization_type: 'AWS_MAGIC' })));
    expect(result.fieldErrors.authMode).toMatch(
      /"AWS_MAGIC" from data\.default_authorization_type is not one of AWS_IAM/,
    );
  });

  it('rejects an endpoint that is not http(s)', () => {
    const result = failed(parseAppConfig(gen2With({}, { url: 'javascript:alert(1)' })));
    expect(result.fieldErrors.graphqlEndpoint).toMatch(/must be an http\(s\) URL/);
  });

  it('rejects bad endpoints and ignores unknown ones with a warning', () => {
    const outputs = JSON.parse(gen2) as object;
    const bad = failed(
      parseAppConfig(JSON.stringify({ amplifyOutputs: outputs, endpoints: { cloudtrail: 'localhost' } })),
    );
    expect(bad.fieldErrors['endpoints.cloudtrail']).toMatch(/http\(s\) URL/);
    const unknown = ok(parseAppConfig(JSON.stringify({ ...outputs, endpoints: { s3: 'http://x' } })));
    expect(unknown.warnings.join(' ')).toMatch(/endpoints\.s3/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = failed(
      parseAppConfig(
        '{\n  "auth": {\n    "aws_region": "us-east-1"\n    "user_pool_id": "x"\n  }\n}',
        'amplify_outputs.json',
      ),
    );
    expect(result.error).toBe(
      "amplify_outputs.json could not be read: expected ',' or '}' but found a string at line 4, column 5.",
    );
  });

  it('reports unterminated strings, truncated files and trailing text', () => {
    expect(failed(parseAppConfig('{ "auth": "us-east-1 }')).error).toMatch(/unterminated string at line 1, column 11/);
    expect(failed(parseAppConfig('{ "auth": { ')).error).toMatch(/but the text ended/);
    expect(failed(parseAppConfig('{} }')).error).toMatch(
      /unexpected text after the end of the JSON at line 1, column 4/,
    );
  });

  it('accepts JSON with comments and trailing commas, with a warning', () => {
    const result = ok(parseAppConfig(`// exported\n${gen2.replace('"version": "1.4"', '"version": "1.4",')}`));
    expect(result.warnings.join(' ')).toMatch(/not strict JSON/);
  });

  it('explains empty input, non-objects, other JSON and mobile configs', () => {
    expect(failed(parseAppConfig('  \n')).error).toMatch(/is empty/);
    expect(failed(parseAppConfig('[1, 2]')).error).toMatch(/not a config object/);
    expect(failed(parseAppConfig('{"name": "my-app"}')).error).toMatch(/not an Amplify config/);
    expect(failed(parseAppConfig('{"auth": {"plugins": {"awsCognitoAuthPlugin": {}}}}')).error).toMatch(/mobile/);
    expect(failed(parseAppConfig('export default {};\n')).error).toMatch(/not an Amplify config/);
    expect(failed(parseAppConfig('const x = 1;')).error).toMatch(/no object literal/);
  });

  it('keeps "__proto__" and "toString" keys as plain data', () => {
    const result = failed(
      parseAppConfig("{ __proto__: { aws_user_pools_id: 'x' }, aws_appsync_authenticationType: 'toString' }"),
    );
    expect(result.fieldErrors.authMode).toMatch(/"toString"/);
    expect(result.fieldErrors.userPoolId).toMatch(/missing/);
  });

  it('never throws, whatever it is given', { timeout: 20_000 }, () => {
    const fragments = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"',
      "'",
      '`',
      '\\',
      '/*',
      '//',
      '\n',
      'aws_user_pools_id',
      'auth',
      'true',
      '-1.5e3',
      '\\u{110000}',
      '=',
      'export default',
    );
    const texts = fc.oneof(
      fc.string(),
      fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.json(),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(texts, fc.option(fc.string(), { nil: undefined }), (text, fileName) => {
        const result = parseAppConfig(text, fileName);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(parseAppConfig('['.repeat(10_000)).ok).toBe(false);
    expect(parseAppConfig(undefined as unknown as string).ok).toBe(false);
  });
});

describe('validateTarget', () => {
  const form = {
    region: ' us-east-1 ',
    userPoolId: 'us-east-1_aT7rAcE01',
    userPoolClientId: '4fq3hj2mskv9c1b8l0u7d6e5ta',
    identityPoolId: 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b',
    graphqlEndpoint: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
    authMode: 'AWS_IAM',
    apiId: '',
    accountId: '',
  };

  it('accepts a filled form, trimming and dropping blank optional fields', () => {
    const result = validateTarget(form);
    expect(result).toEqual({
      ok: true,
      target: { ...form, region: 'us-east-1', authMode: 'iam', apiId: undefined, accountId: undefined },
    });
    if (result.ok) expect(Object.keys(result.target)).not.toContain('apiId');
  });

  it('gives each blank or bad field its own message', () => {
    const result = validateTarget({ ...form, identityPoolId: '  ', accountId: '1234', authMode: 'nope' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      identityPoolId:
        'Identity pool id is required. Authtrace gets AWS credentials through it; add it by hand (Cognito console → Identity pools).',
      accountId: 'Account id must be a 12-digit account id: got "1234".',
      authMode: expect.stringMatching(/^Auth mode "nope" is not one of/),
    });
  });

  it('says what to fill when given nothing usable', () => {
    expect(validateTarget(null)).toMatchObject({ ok: false, fieldErrors: {} });
  });
});
