import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { REPLY_ID } from '../protocol/web';

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

  constructor(secret: Buffer) {
    this.hashKey = createHmac('sha256', secret).update('question-log user hash').digest();
    this.replyKey = createHmac('sha256', secret).update('reply id').digest();
  }

  userHash(user: string): string {
    return createHmac('sha256', this.hashKey).update(user).digest('base64url');
  }

  replyId(user: string): string {
    const nonce = randomBytes(12).toString('base64url');
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

  private replyTag(user: string, nonce: string): string {
    return createHmac('sha256', this.replyKey).update(`${nonce}\n${user}`).digest().subarray(0, 16).toString('base64url');
  }
}
