import { ExpiringMemoryStorage } from '../../src/state/memoryStorage';

describe('ExpiringMemoryStorage', () => {
  let clock = 0;
  const stores: ExpiringMemoryStorage[] = [];
  const store = (ttlMs: number, maxItems: number) => {
    const created = new ExpiringMemoryStorage({ ttlMs, maxItems, now: () => clock });
    stores.push(created);
    return created;
  };
  beforeEach(() => {
    clock = 1_000_000;
  });
  afterEach(() => stores.splice(0).forEach((s) => s.close()));

  it('frees an item once it has not been written for the time to live, and keeps one written since', async () => {
    const storage = store(60_000, 100);
    await storage.write({ quiet: { n: 1 }, busy: { n: 1 } });
    clock += 40_000;
    await storage.write({ busy: { n: 2 } });
    clock += 30_000;
    storage.sweep();
    expect(storage.stats()).toMatchObject({ items: 1, expired: 1, evicted: 0 });
    expect(await storage.read(['quiet', 'busy'])).toEqual({ busy: { n: 2, eTag: expect.any(String) } });
  });

  it('drops the least recently used item past the cap, counting it', async () => {
    const storage = store(60_000, 2);
    await storage.write({ a: { n: 1 } });
    await storage.write({ b: { n: 1 } });
    clock += 1;
    await storage.read(['a']);
    await storage.write({ c: { n: 1 } });
    expect(Object.keys(await storage.read(['a', 'b', 'c'])).sort()).toEqual(['a', 'c']);
    expect(storage.stats()).toMatchObject({ items: 2, evicted: 1 });
  });

  it('hands out copies: changing what was read changes nothing stored', async () => {
    const storage = store(60_000, 10);
    await storage.write({ k: { list: [1] } });
    const first = await storage.read(['k']);
    (first.k as { list: number[] }).list.push(2);
    expect(await storage.read(['k'])).toEqual({ k: { list: [1], eTag: expect.any(String) } });
  });

  it('refuses a write with a stale eTag and accepts the current one, "*" or none', async () => {
    const storage = store(60_000, 10);
    await storage.write({ k: { v: 1 } });
    const { k: read } = await storage.read(['k']);
    await storage.write({ k: { ...read, v: 2 } });
    await expect(storage.write({ k: { ...read, v: 3 } })).rejects.toThrow(/eTag conflict/);
    const { k: current } = await storage.read(['k']);
    expect(current).toMatchObject({ v: 2 });
    await storage.write({ k: { ...current, v: 4 } });
    await storage.write({ k: { v: 5, eTag: '*' } });
    await storage.write({ k: { v: 6 } });
    expect(await storage.read(['k'])).toEqual({ k: { v: 6, eTag: expect.any(String) } });
  });

  it('deletes items, and reading a missing or deleted key gives nothing', async () => {
    const storage = store(60_000, 10);
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(['a', 'never']);
    expect(await storage.read(['a', 'b', 'never'])).toEqual({ b: { n: 2, eTag: expect.any(String) } });
    expect(storage.stats().items).toBe(1);
  });

  it('sweeps by itself on a timer', async () => {
    jest.useFakeTimers({ doNotFake: ['Date', 'performance', 'nextTick', 'queueMicrotask'] });
    try {
      const storage = store(4_000, 10);
      await storage.write({ a: { n: 1 } });
      clock += 5_000;
      jest.advanceTimersByTime(1_000);
      expect(storage.stats()).toMatchObject({ items: 0, expired: 1 });
    } finally {
      jest.useRealTimers();
    }
  });
});
