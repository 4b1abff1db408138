/**
 * The web channel's wire protocol: what the widget (or any client) and the server say to each other over the
 * websocket and the webhook. Written once here and imported by both sides, so they cannot drift apart.
 */

/** Websocket close codes of the server: the id was refused; another connection took over the id. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_REPLACED = 4409;
/** The server is stopping: clients reconnect (to another instance behind a load balancer). */
export const CLOSE_GOING_AWAY = 1001;

/** The largest webhook body or websocket frame the server reads. */
export const MAX_FRAME_BYTES = 16 * 1024;

/** A user id as POST /api/session issues it: 128 random bits and a 128-bit tag, base64url, dot-separated. */
export const SIGNED_ID = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/** Event types the bot acts on; anything else is acknowledged with no reply. */
export const CLIENT_EVENT_TYPES = ['message', 'hello', 'welcome_back'] as const;
export type ClientEventType = (typeof CLIENT_EVENT_TYPES)[number];
export type Greeting = Exclude<ClientEventType, 'message'>;

/** What a client sends (webhook body or websocket frame). */
export interface ClientFrame {
  type: ClientEventType;
  /** A signed id from POST /api/session. */
  user: string;
  channel: 'websocket' | 'webhook';
  text?: string;
  /** The client's id for this message: a repeat of the same id gets the first delivery's replies. */
  id?: string;
}

/** A client message id: short, printable, no spaces. */
export const MESSAGE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export interface QuickReply {
  title: string;
  payload: string;
}

/** A reply of the bot; its text is in the Markdown subset of ./markdown. */
export interface MessageFrame {
  type: 'message';
  text: string;
  quick_replies?: QuickReply[];
  /** The server's id of this reply, which POST /api/feedback refers to. */
  id?: string;
}

/** A reply id: a nonce and a tag binding it to the user it was sent to (see src/insights/visitorKeys.ts). */
export const REPLY_ID = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/;

export interface TypingFrame {
  type: 'typing';
}

/** A frame the server could not take; the connection stays open unless it is then closed with a code above. */
export interface ErrorFrame {
  type: 'error';
  error: 'bad_request' | 'unauthorized';
  message: string;
}

export type ServerFrame = MessageFrame | TypingFrame | ErrorFrame;
