import { randomBytes } from 'node:crypto';
import { SessionIds } from '../../../src/channels/web/sessionIds';

describe('SessionIds', () => {
  const ids = new SessionIds(randomBytes(32));

  it('issues distinct ids that verify', () => {
    const a = ids.issue();
    const b = ids.issue();
    expect(a).not.toBe(b);
    expect(ids.isValid(a)).toBe(true);
  });

  it('rejects forged, altered and foreign ids', () => {
    const id = ids.issue();
    const [nonce] = id.split('.');
    expect(ids.isValid(`${nonce}.${'A'.repeat(22)}`)).toBe(false);
    expect(ids.isValid(`${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(new SessionIds(randomBytes(32)).isValid(id)).toBe(false);
  });

  it.each(['__proto__', 'constructor', '', 'visitor-1', 42, null, undefined, { id: 'x' }, ['a']])('rejects %p', (id) => {
    expect(ids.isValid(id)).toBe(false);
  });
});
