import type { Reply } from '../answers/compose';
import { toBotFrameworkMessage } from './botFramework';
import { toMessengerMessages } from './messenger';
import { toSlackMessage } from './slack';
import { toSmsMessages } from './sms';
import { toWebMessage } from './web';
import { toWebexMessage } from './webex';

/** A message as Botkit's `bot.reply()` takes it: `type`, `text` and, in each channel's type, its own fields. */
export interface OutgoingMessage {
  type: 'message';
  text: string;
}

/** Renders one reply of the core as the messages one channel sends (a long reply may need several). */
export type Renderer = (reply: Reply) => OutgoingMessage[];

const one = <M extends OutgoingMessage>(render: (reply: Reply) => M): Renderer => (reply) => [render(reply)];

/** Keyed by the `channelId` each adapter gives its activities. */
const RENDERERS: Record<string, Renderer> = {
  websocket: one(toWebMessage),
  webhook: one(toWebMessage),
  slack: one(toSlackMessage),
  facebook: toMessengerMessages,
  'twilio-sms': toSmsMessages,
  webex: one(toWebexMessage),
};

const botFramework = one(toBotFrameworkMessage);

/**
 * Picks the renderer for an incoming activity. Only Bot Framework activities carry a `serviceUrl`, and their
 * channel ids are open-ended (msteams, webchat, directline, emulator, and also "slack" or "facebook" when Azure
 * Bot Service relays those), so they always get Bot Framework rendering.
 */
export function rendererFor(activity: { channelId?: string; serviceUrl?: string }): Renderer {
  if (activity.serviceUrl) return botFramework;
  return RENDERERS[activity.channelId ?? ''] ?? RENDERERS.webhook;
}

/**
 * Channels that show a typing indicator: the widget (websocket) and Bot Framework (Teams, Web Chat). Slack's
 * Events API gives apps none, SMS and Webex have none, and the webhook answers in one response anyway.
 */
export function showsTyping(activity: { channelId?: string; serviceUrl?: string }): boolean {
  return Boolean(activity.serviceUrl) || activity.channelId === 'websocket';
}
