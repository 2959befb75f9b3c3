import type { SandboxContext, StoredTrailEvent, TrailRecord } from './context.ts';
import { webIdentityRecord, type WebIdentityCall } from './sts-record.ts';
import { storedEvent, type TrailIndex } from './trail-format.ts';
import { noiseEvents } from './trail-noise.ts';
import { authenticatedAmr, evaluateTrust } from './trust.ts';

// Contexts whose noise is seeded (or being seeded). context.ts is not ours to change, so seeding is lazy.
const seeded = new WeakMap<SandboxContext, Promise<void>>();

async function seedNoise(ctx: SandboxContext): Promise<void> {
  const { scenario } = ctx;
  const count = scenario.cloudtrail.noiseEvents;
  if (count <= 0) return;
  // Other users sign in the same way we do: their records succeed or fail as a signed-in identity's would.
  const roleArn = scenario.identityPool.roles.authenticated;
  const provider = scenario.identityPool.providers[0]?.providerName ?? '';
  const trust = await evaluateTrust(
    scenario.roles.find((r) => r.arn === roleArn),
    {
      identityPoolId: scenario.identityPool.id,
      identityId: `${scenario.region}:00000000-0000-4000-a000-000000000000`,
      amr: authenticatedAmr(provider, '00000000-0000-4000-a000-000000000000'),
    },
  );
  ctx.trail.push(...noiseEvents(scenario, ctx.now(), count, trust.allowed));
}

/** The account's CloudTrail, with the scenario's background noise seeded on first use. */
export async function trailOf(ctx: SandboxContext): Promise<StoredTrailEvent[]> {
  let ready = seeded.get(ctx);
  if (!ready) {
    ready = seedNoise(ctx);
    seeded.set(ctx, ready);
  }
  await ready;
  return ctx.trail;
}

/** Records a management event at `at` (epoch ms); LookupEvents sees it after the scenario's delivery delay. */
export async function appendTrailEvent(
  ctx: SandboxContext,
  record: TrailRecord,
  index: TrailIndex,
  at: number,
): Promise<StoredTrailEvent> {
  const event = storedEvent(record, index, at, ctx.scenario.cloudtrail.deliveryDelaySeconds);
  (await trailOf(ctx)).push(event);
  return event;
}

/** Records an STS `AssumeRoleWithWebIdentity` call for a Cognito identity, successful or not. */
export async function recordWebIdentityCall(ctx: SandboxContext, call: WebIdentityCall): Promise<StoredTrailEvent> {
  const { record, index } = webIdentityRecord(call);
  return appendTrailEvent(ctx, record, index, call.at);
}
