import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SIGNED_ID } from '../../protocol/web';

/** Ids recently found valid; a visitor's every message presents the same one. */
const VERIFIED_IDS = 10_000;

/**
 * Opaque user ids signed with a server secret. The web adapter routes replies to whichever connection
 * presented an id, so ids must be unguessable and unforgeable: a client only gets one from POST /api/session.
 */
export class SessionIds {
  /**
   * Checking a tag is an HMAC, a few microseconds of synchronous crypto per message; an id once verified stays
   * valid (the secret does not change while the process runs), so it is remembered. Only valid ids are kept, and at
   * most this many, so forged ids cannot grow it.
   */
  private readonly verified = new LRUCache<string, true>({ max: VERIFIED_IDS });

  constructor(private readonly secret: Buffer) {}

  /** A fresh id: 128 random bits and a 128-bit HMAC-SHA256 tag over them. */
  issue(): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.tag(nonce)}`;
  }

  isValid(id: unknown): id is string {
    if (typeof id !== 'string') return false;
    if (this.verified.get(id)) return true;
    const match = SIGNED_ID.exec(id);
    if (!match) return false;
    const expected = Buffer.from(this.tag(match[1]));
    const given = Buffer.from(match[2]);
    const valid = expected.length === given.length && timingSafeEqual(expected, given);
    if (valid) this.verified.set(id, true);
    return valid;
  }

  private tag(nonce: string): string {
    return createHmac('sha256', this.secret).update(nonce).digest().subarray(0, 16).toString('base64url');
  }
}
