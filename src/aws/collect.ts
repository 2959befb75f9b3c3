import { assembleCase, withEvidence } from '@/chain/assemble';
import type { Case, CloudTrailRecord, Lookup } from '@/chain/case';
import { runChain, type ChainRunInput } from './amplify-chain';
import { findStsRecord } from './cloudtrail';
import { gatherEvidence } from './gather';
import type { ReadOnlyCredentials } from './connection';

export interface CollectInput extends ChainRunInput {
  /** The engineer's read-only credentials; without them only what the browser saw is collected. */
  readOnly?: ReadOnlyCredentials;
  /** How long to keep looking for a CloudTrail record that is not delivered yet (ms, default 0: one look). */
  waitForRecordMs?: number;
  /** Called when the lookups fail (they are kept in the case; the run goes on). */
  onLookupError?(error: unknown): void;
}

const POLL_MS = 15_000;

async function lookForStsRecord(
  input: CollectInput,
  credentials: NonNullable<Awaited<ReturnType<typeof runChain>>['credentials']>,
) {
  const lookups: Lookup[] = [];
  let record: CloudTrailRecord | undefined;
  if (!input.readOnly || !(credentials.accessKeyId || credentials.identityId)) return { lookups, record };
  const deadline = Date.now() + (input.waitForRecordMs ?? 0);
  for (;;) {
    try {
      const found = await findStsRecord({
        region: input.connection.target.region,
        endpoint: input.connection.endpoints.cloudtrail,
        credentials: input.readOnly,
        accessKeyId: credentials.outcome === 'ok' ? credentials.accessKeyId : undefined,
        identityId: credentials.identityId,
        issuedAt: new Date(credentials.at),
      });
      lookups.push(...found.lookups);
      record = found.record;
    } catch (error) {
      lookups.push(...((error as { lookups?: Lookup[] }).lookups ?? []));
      input.onLookupError?.(error);
      break;
    }
    if (record || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { lookups, record };
}

/**
 * Runs the chain and gathers the evidence around it, in one go: what the CLI, the tests and the benchmark use.
 * (The dashboard calls the same adapters one by one, to show each piece as it arrives.)
 */
export async function collectCase(input: CollectInput): Promise<Case> {
  const createdAt = new Date().toISOString();
  const result = await runChain(input);
  const sts = result.credentials
    ? await lookForStsRecord(input, result.credentials)
    : { lookups: [], record: undefined };
  const collected = assembleCase({
    createdAt,
    target: input.connection.target,
    steps: [result.signIn, result.credentials, result.graphql],
    records: sts.record ? [sts.record] : [],
    lookups: sts.lookups,
  });
  return input.readOnly
    ? withEvidence(collected, await gatherEvidence(collected, input.connection, input.readOnly))
    : collected;
}
