import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsError, errorResponse, requireString } from './http.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ scenarioId: 'healthy', port: 0 });
});
afterAll(() => sandbox.close());

const form = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body,
});

describe('query-protocol errors, in the answering service’s namespace', () => {
  it('STS answers its errors in https://sts.amazonaws.com/doc/2011-06-15/ (aws/aws-sdk-js #198)', async () => {
    const response = await fetch(sandbox.url, form('Action=AssumeRole&Version=2011-06-15&RoleArn=x&RoleSessionName=y'));
    expect(response.status).toBeGreaterThanOrEqual(400);
    const body = await response.text();
    expect(body).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type>/,
    );
  });

  it('IAM answers its errors in https://iam.amazonaws.com/doc/2010-05-08/', async () => {
    const response = await fetch(sandbox.url, form('Action=GetRole&RoleName=x&Version=2010-05-08'));
    expect(response.status).toBeGreaterThanOrEqual(400);
    const body = await response.text();
    expect(body).toMatch(
      /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type>/,
    );
  });

  it('renders a 5xx as Receiver', () => {
    const response = errorResponse(new AwsError(500, 'InternalFailure', 'x', 'query'), 'rid', 'sts');
    expect(response.body).toContain('<Type>Receiver</Type>');
  });
});

describe('a missing required member', () => {
  const thrown = (protocol: 'json' | 'query'): AwsError => {
    try {
      requireString({}, 'RoleSessionName', protocol);
    } catch (error) {
      if (error instanceof AwsError) return error;
    }
    throw new Error('expected an AwsError');
  };

  it('is answered with AWS’s words, "Value null at" (aws/aws-sdk-cpp #1252)', () => {
    expect(thrown('query').message).toBe(
      "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('is a ValidationError on query services and an InvalidParameterException on JSON ones', () => {
    expect(thrown('query').code).toBe('ValidationError');
    expect(thrown('json').code).toBe('InvalidParameterException');
  });
});
