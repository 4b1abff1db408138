import { ClientFrame, REPLY_ID } from '../protocol/web';
import type { BotMessage } from './link';
import { validQuickReplies } from './storage';

const WEBHOOK_TIMEOUT_MS = 15_000;

export type PostResult = { kind: 'ok'; messages: BotMessage[] } | { kind: 'rejected' } | { kind: 'failed' } | { kind: 'unauthorized' };

/** A frame of the server as the view shows it; 'typing' for a typing frame, null for anything else. */
export function parseMessage(value: unknown): BotMessage | 'typing' | null {
  if (!value || typeof value !== 'object') return null;
  const { type, text, quick_replies, id } = value as Record<string, unknown>;
  if (type === 'typing') return 'typing';
  if (type !== 'message' || typeof text !== 'string') return null;
  const replyId = typeof id === 'string' && REPLY_ID.test(id) ? { replyId: id } : {};
  return { text: text.slice(0, 8000), quickReplies: validQuickReplies(quick_replies), ...replyId };
}

/** One POST to the webhook: its replies, or whether retrying could help (network, 408, 429, 5xx) or not. */
export async function postFrame(url: string, frame: ClientFrame): Promise<PostResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), WEBHOOK_TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(frame),
      credentials: 'omit',
      mode: 'cors',
      signal: abort.signal,
    });
    if (res.ok) {
      const data: unknown = await res.json().catch(() => []);
      const messages = (Array.isArray(data) ? data : []).map(parseMessage).filter((m): m is BotMessage => !!m && m !== 'typing');
      return { kind: 'ok', messages };
    }
    if (res.status === 401) return { kind: 'unauthorized' };
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) return { kind: 'rejected' };
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
