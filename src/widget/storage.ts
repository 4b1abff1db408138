export interface QuickReply {
  title: string;
  payload: string;
}

export interface Entry {
  id: string;
  from: 'bot' | 'user';
  text: string;
  at: number;
  quickReplies?: QuickReply[];
  /** User messages only: `queued` until the server has it, `failed` if it refused it. */
  status?: 'queued' | 'failed';
  /** Bot messages only: the reply to hello / welcome_back. */
  greeting?: boolean;
  /** Bot messages only: the server's id of the reply, which feedback refers to. */
  replyId?: string;
  /** Bot messages only: the visitor's vote, and whether a comment went with a thumbs down. */
  vote?: Rating;
  commented?: boolean;
}

export type Rating = 'up' | 'down';

export interface OutboxItem {
  id: string;
  text: string;
}

export const MAX_ENTRIES = 100;

/** A storage area that may be missing or full (private mode, blocked cookies): falls back to memory. */
export class Store {
  private readonly memory = new Map<string, string>();
  private area: Storage | null;

  constructor(
    private readonly prefix: string,
    kind: 'localStorage' | 'sessionStorage',
  ) {
    this.area = probe(kind);
  }

  key(name: string): string {
    return this.prefix + name;
  }

  read<T>(name: string, fallback: T): T {
    let raw: string | null | undefined = this.memory.get(name);
    if (this.area) {
      try {
        raw = this.area.getItem(this.key(name));
      } catch {
        /* keep the memory copy */
      }
    }
    if (raw == null) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  write(name: string, value: unknown): void {
    const raw = JSON.stringify(value);
    this.memory.set(name, raw);
    if (!this.area) return;
    try {
      this.area.setItem(this.key(name), raw);
    } catch {
      this.area = null; // quota exceeded or revoked: the memory copy now wins
    }
  }
}

function probe(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const area = window[kind];
    const key = '__mnchat_probe__';
    area.setItem(key, '1');
    area.removeItem(key);
    return area;
  } catch {
    return null;
  }
}

const str = (v: unknown): v is string => typeof v === 'string';

export function validQuickReplies(value: unknown): QuickReply[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value
    .filter((q): q is QuickReply => !!q && typeof q === 'object' && str((q as QuickReply).title) && str((q as QuickReply).payload))
    .slice(0, 8)
    .map((q) => ({ title: q.title.slice(0, 80), payload: q.payload.slice(0, 1000) }));
  return list.length ? list : undefined;
}

function validEntry(e: unknown): e is Entry {
  if (!e || typeof e !== 'object') return false;
  const x = e as Entry;
  return str(x.id) && (x.from === 'bot' || x.from === 'user') && str(x.text) && typeof x.at === 'number';
}

/** The conversation as shown, capped to the last MAX_ENTRIES messages. Always read from storage so tabs agree. */
export class Transcript {
  constructor(private readonly store: Store) {}

  all(): Entry[] {
    const list = this.store.read<unknown>('transcript', []);
    if (!Array.isArray(list)) return [];
    return list.filter(validEntry).map((e) => ({ ...e, quickReplies: validQuickReplies(e.quickReplies) }));
  }

  append(entry: Entry): void {
    this.save([...this.all(), entry]);
  }

  update(id: string, patch: Partial<Entry>): void {
    this.save(this.all().map((e) => (e.id === id ? { ...e, ...patch } : e)));
  }

  remove(id: string): void {
    this.save(this.all().filter((e) => e.id !== id));
  }

  clear(): void {
    this.save([]);
  }

  private save(list: Entry[]): void {
    this.store.write('transcript', list.slice(-MAX_ENTRIES));
  }
}

/** Messages typed but not yet taken by the server, in order. Persisted, so a reload loses nothing. */
export class Outbox {
  constructor(private readonly store: Store) {}

  all(): OutboxItem[] {
    const list = this.store.read<unknown>('outbox', []);
    return Array.isArray(list) ? list.filter((i): i is OutboxItem => !!i && str(i.id) && str(i.text)) : [];
  }

  peek(): OutboxItem | undefined {
    return this.all()[0];
  }

  add(item: OutboxItem): void {
    this.store.write('outbox', [...this.all(), item]);
  }

  remove(id: string): void {
    this.store.write(
      'outbox',
      this.all().filter((i) => i.id !== id),
    );
  }

  clear(): void {
    this.store.write('outbox', []);
  }
}

/** A random id from crypto.getRandomValues (randomUUID needs a secure context). */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
