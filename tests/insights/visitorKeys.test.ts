import { VisitorKeys } from '../../src/insights/visitorKeys';

describe('visitor keys', () => {
  const keys = new VisitorKeys(Buffer.from('a secret shared by the instances'));

  it('binds a reply id to the visitor it was sent to', () => {
    const id = keys.replyId('alice');
    expect(keys.ownsReply('alice', id)).toBe(true);
    expect(keys.ownsReply('bob', id)).toBe(false);
    expect(new VisitorKeys(Buffer.from('another secret')).ownsReply('alice', id)).toBe(false);
    expect(keys.replyId('alice')).not.toBe(id);
  });

  it('starts a reply id with the time it was made, so the ids of one stretch of time are stored together', () => {
    const before = Date.now();
    const [nonce] = keys.replyId('alice').split('.');
    const made = Buffer.from(nonce, 'base64url').readUIntBE(0, 6);
    expect(made).toBeGreaterThanOrEqual(before);
    expect(made).toBeLessThanOrEqual(Date.now());
  });

  it('refuses ids it did not make', () => {
    const [nonce, tag] = keys.replyId('alice').split('.');
    for (const forged of ['', 'x', `${nonce}.`, `${nonce}.${'A'.repeat(22)}`, `${'B'.repeat(16)}.${tag}`, `${nonce}.${tag}x`]) {
      expect(keys.ownsReply('alice', forged)).toBe(false);
    }
  });

  it('hashes user ids one way, the same on every instance with the same secret', () => {
    const hash = keys.userHash('+15551234567');
    expect(hash).not.toContain('5551234567');
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new VisitorKeys(Buffer.from('a secret shared by the instances')).userHash('+15551234567')).toBe(hash);
    expect(keys.userHash('+15551234568')).not.toBe(hash);
  });
});
