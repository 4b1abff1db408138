import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIGNED_ID } from '../../protocol/web';

/**
 * Opaque user ids signed with a server secret. The web adapter routes replies to whichever connection
 * presented an id, so ids must be unguessable and unforgeable: a client only gets one from POST /api/session.
 */
export class SessionIds {
  constructor(private readonly secret: Buffer) {}

  /** A fresh id: 128 random bits and a 128-bit HMAC-SHA256 tag over them. */
  issue(): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.tag(nonce)}`;
  }

  isValid(id: unknown): id is string {
    if (typeof id !== 'string') return false;
    const match = SIGNED_ID.exec(id);
    if (!match) return false;
    const expected = Buffer.from(this.tag(match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private tag(nonce: string): string {
    return createHmac('sha256', this.secret).update(nonce).digest().subarray(0, 16).toString('base64url');
  }
}
