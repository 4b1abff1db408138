import { activeContext, EMPTY_CONTEXT } from '../../src/dialogue/context';

describe('activeContext', () => {
  const context = { intent: 'frequency', topic: 'scars', updatedAt: 1_000 };

  it('keeps a recent context', () => {
    expect(activeContext(context, 1_000 + 60_000, 30 * 60_000)).toBe(context);
  });

  it('forgets a context older than its time-to-live', () => {
    expect(activeContext(context, 1_000 + 31 * 60_000, 30 * 60_000)).toBe(EMPTY_CONTEXT);
  });

  it('treats a missing or malformed stored context as empty', () => {
    expect(activeContext(undefined, 5, 10)).toBe(EMPTY_CONTEXT);
    expect(activeContext({ intent: 'x' } as never, 5, 10)).toBe(EMPTY_CONTEXT);
  });
});
