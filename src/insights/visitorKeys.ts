import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { REPLY_ID } from '../protocol/web';

/** A reply id's nonce: the time in ms, then random bytes. */
const TIME_BYTES = 6;
const RANDOM_BYTES = 6;
/** Random parts drawn from the system's generator per call into it: one call per this many reply ids, not one each. */
const NONCES_PER_DRAW = 256;

/**
 * Keys derived from the session secret for what the site owner's data says about a visitor:
 * - the user hash stored instead of the visitor's id (keyed, so a phone number or a Slack id cannot be found
 *   again by hashing guesses);
 * - reply ids that carry a tag binding them to the visitor they were sent to, so feedback on a reply is accepted
 *   only from that visitor, with no database lookup (the log row may not be written yet, or not at all).
 */
export class VisitorKeys {
  private readonly hashKey: Buffer;
  private readonly replyKey: Buffer;
  /** A visitor's hash is the same on each of their messages; an HMAC per message is synchronous crypto for nothing. */
  private readonly hashes = new LRUCache<string, string>({ max: 10_000 });
  private random = Buffer.alloc(0);
  private randomAt = 0;

  constructor(secret: Buffer) {
    this.hashKey = createHmac('sha256', secret).update('question-log user hash').digest();
    this.replyKey = createHmac('sha256', secret).update('reply id').digest();
  }

  userHash(user: string): string {
    let hash = this.hashes.get(user);
    if (hash === undefined) {
      hash = createHmac('sha256', this.hashKey).update(user).digest('base64url');
      this.hashes.set(user, hash);
    }
    return hash;
  }

  replyId(user: string): string {
    const nonce = this.nonce().toString('base64url');
    return `${nonce}.${this.replyTag(user, nonce)}`;
  }

  /** Whether `replyId` was made by `replyId(user)` with this secret. */
  ownsReply(user: string, replyId: string): boolean {
    const match = REPLY_ID.exec(replyId);
    if (!match) return false;
    const expected = Buffer.from(this.replyTag(user, match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Time first, so the ids of one stretch of time sort together: the question log's primary key then takes each
   * batch into a few index pages, where random ids touched one page per row and made every commit rewrite most
   * of the index. The random half keeps ids of the same millisecond apart.
   */
  private nonce(): Buffer {
    if (this.randomAt + RANDOM_BYTES > this.random.length) {
      this.random = randomBytes(RANDOM_BYTES * NONCES_PER_DRAW);
      this.randomAt = 0;
    }
    const nonce = Buffer.allocUnsafe(TIME_BYTES + RANDOM_BYTES);
    nonce.writeUIntBE(Date.now(), 0, TIME_BYTES);
    this.random.copy(nonce, TIME_BYTES, this.randomAt, this.randomAt + RANDOM_BYTES);
    this.randomAt += RANDOM_BYTES;
    return nonce;
  }

  private replyTag(user: string, nonce: string): string {
    return createHmac('sha256', this.replyKey).update(`${nonce}\n${user}`).digest().subarray(0, 16).toString('base64url');
  }
}
