import type { ObservedReply } from './outcome';

/** A message the bot answered, as the server saw it. */
export interface CompletedTurn {
  /** The adapter's channel id: websocket, webhook, slack, msteams… */
  channel: string;
  user: string;
  text: string;
  /** Each reply with the id it was sent with. */
  replies: Array<{ id: string; reply: ObservedReply }>;
  /** When the message arrived (ms since 1970). */
  at: number;
  latencyMs: number;
}

/** What the turn handler reports to; it must neither throw nor wait. */
export interface TurnObserver {
  /** A fresh id for a reply to `user`. */
  replyId(user: string): string;
  turnCompleted(turn: CompletedTurn): void;
}
