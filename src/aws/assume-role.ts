import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Call } from '@/chain/case';
import { scrubText } from '@/chain/secrets';
import { AWS_TIMEOUT_MS } from './timeouts';

/** Temporary credentials held in memory for one signed request: never put in a case. */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration?: Date;
}

export interface AssumeRoleInput {
  region: string;
  /** STS endpoint; absent: `https://sts.<region>.amazonaws.com`. */
  endpoint?: string;
  /** The credentials that sign the call (the run's identity pool credentials). */
  source: SessionCredentials;
  roleArn: string;
  roleSessionName: string;
  timeoutMs?: number;
}

export interface AssumeRoleOutcome {
  /** The call as the case keeps it: time, status, request id, AWS's error; never the body. */
  call: Call;
  /** `AssumedRoleUser.Arn`: the session ARN AppSync will see as `$ctx.identity.userArn`. */
  sessionArn?: string;
  credentials?: SessionCredentials;
}

const element = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<');

/**
 * STS `AssumeRole` (query protocol, SigV4 as the AWS SDK signs it): how a script takes its role, and how a run
 * signs as a function's or a script's role (run variant `signAs`). The answer's secret and token stay in memory.
 */
export async function assumeRole(input: AssumeRoleInput): Promise<AssumeRoleOutcome> {
  const url = new URL(input.endpoint ?? `https://sts.${input.region}.amazonaws.com/`);
  const body = new URLSearchParams({
    Action: 'AssumeRole',
    Version: '2011-06-15',
    RoleArn: input.roleArn,
    RoleSessionName: input.roleSessionName,
  }).toString();
  const signer = new SignatureV4({ service: 'sts', region: input.region, credentials: input.source, sha256: Sha256 });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    }),
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name.toLowerCase() !== 'host'));
  const started = Date.now();
  const base = { service: 'sts', operation: 'AssumeRole', at: new Date(started).toISOString() };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(input.timeoutMs ?? AWS_TIMEOUT_MS),
    });
  } catch (error) {
    const message = `${url.host} could not be reached (${error instanceof Error ? error.message : String(error)}).`;
    return { call: { ...base, durationMs: Date.now() - started, errorType: 'NetworkError', errorMessage: message } };
  }
  const text = await response.text();
  const call: Call = {
    ...base,
    durationMs: Date.now() - started,
    status: response.status,
    requestId: response.headers.get('x-amzn-requestid') ?? element(text, 'RequestId'),
    serverDate: response.headers.get('date') ?? undefined,
  };
  if (!response.ok) {
    // Query-protocol errors: <ErrorResponse><Error><Code>…</Code><Message>…</Message></Error>…
    const message = element(text, 'Message');
    return {
      call: {
        ...call,
        errorType: element(text, 'Code') ?? `HTTP${response.status}`,
        ...(message ? { errorMessage: scrubText(message) } : {}),
      },
    };
  }
  const accessKeyId = element(text, 'AccessKeyId');
  const secretAccessKey = element(text, 'SecretAccessKey');
  const sessionToken = element(text, 'SessionToken');
  const expiration = element(text, 'Expiration');
  if (!accessKeyId || !secretAccessKey || !sessionToken)
    return { call: { ...call, errorType: 'UnreadableAnswer', errorMessage: 'STS answered without credentials.' } };
  return {
    call,
    sessionArn: element(text, 'Arn'),
    credentials: {
      accessKeyId,
      secretAccessKey,
      sessionToken,
      ...(expiration ? { expiration: new Date(expiration) } : {}),
    },
  };
}
