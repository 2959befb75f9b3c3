import { authorizeReadOnly } from '../authorize.ts';
import type { SandboxContext } from '../context.ts';
import {
  AwsError,
  jsonResponse,
  newRequestId,
  parseJsonBody,
  type SandboxRequest,
  type SandboxResponse,
} from '../http.ts';
import { lookupEvents } from '../lookup-events.ts';
import { verifySigV4 } from '../sigv4.ts';

/**
 * CloudTrail (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.*`, JSON 1.1, SigV4): `LookupEvents` for the
 * engineer's read-only principal, authorized against its scenario policy.
 */
export async function handleCloudTrail(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  // CloudTrail answers in every region; each region's Event history holds the events recorded there.
  const caller = await verifySigV4(request, ctx, { service: 'cloudtrail', protocol: 'json', anyRegion: true });
  const input = parseJsonBody(request);
  switch (request.operation) {
    case 'LookupEvents':
      await authorizeReadOnly(ctx, caller, 'cloudtrail:LookupEvents', '*', 'json');
      return jsonResponse(await lookupEvents(ctx, input, caller.region ?? ctx.scenario.region), newRequestId());
    default:
      // The sandbox's own answer, not AWS's: an operation it does not emulate.
      throw new AwsError(
        400,
        'UnknownOperationException',
        `The sandbox does not implement ${request.operation ?? ''}.`,
      );
  }
}
