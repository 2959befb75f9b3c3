import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

/** SHA-256 / HMAC-SHA-256 over node:crypto, in the shape `@smithy/signature-v4` expects. */
export class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    const key = secret instanceof ArrayBuffer ? new Uint8Array(secret) : secret;
    this.hash = key === undefined ? createHash('sha256') : createHmac('sha256', key as string | Uint8Array);
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(data instanceof ArrayBuffer ? new Uint8Array(data) : (data as string | Uint8Array));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    // Never reused: the signer creates one per digest.
  }
}
