import type { SandboxContext } from '../context.ts';
import { AwsError, type SandboxRequest, type SandboxResponse } from '../http.ts';

export function handleAppSync(request: SandboxRequest, _ctx: SandboxContext): SandboxResponse {
  throw new AwsError(501, 'NotImplemented', `${request.operation ?? request.path} is not implemented yet.`);
}
