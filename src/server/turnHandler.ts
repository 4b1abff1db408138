import { randomUUID } from 'node:crypto';
import { Storage, TurnContext } from 'botbuilder';
import type { Botkit, BotkitMessage, BotWorker } from 'botkit';
import type { MicroneedlingBot, Reply } from '../bot';
import { channelOf } from '../channels/registry';
import { withSiteLinks } from '../channels/siteLinks';
import type { WorkTracker } from '../channels/types';
import type { SiteLinks } from '../config';
import type { ConversationContext } from '../dialogue/context';
import type { TurnObserver } from '../insights/turn';
import type { Logger } from '../logger';
import type { DeliveryLog, RecordedReplies } from '../state/deliveries';
import type { TurnLock } from '../state/turnLock';
import { ContextStore, STATE_NAMESPACE } from './contextStore';

export interface TurnHandlerOptions {
  /** The storage the controller was given, so a shared store (Redis) shares the context too. */
  storage: Storage;
  /** Keeps one conversation's turns in order, across instances when it is Redis-backed. */
  turnLock: TurnLock;
  logger: Logger;
  logTranscripts: boolean;
  /** Counts turns until they ended, so shutdown waits for them (a Webex turn runs after its webhook was answered). */
  inFlight: WorkTracker;
  /** Messages already answered, so a repeated delivery does not run a second turn. */
  deliveries: DeliveryLog;
  /** Gives each reply an id and hears of every answered message (metrics, question log). */
  observer?: TurnObserver;
  /** The article's address and the site's contact, which replies link to. */
  site: SiteLinks;
}

/** The web adapter's channels: their clients receive each reply's id (for feedback). */
const WEB_CHANNELS = new Set(['websocket', 'webhook']);

/**
 * The storage keys of a web visitor's conversation state: BotkitConversationState's key for the adapter's
 * activities, whose conversation id and sender are both the user id.
 */
export function webConversationKeys(user: string): string[] {
  return [...WEB_CHANNELS].map((channel) => `${channel}/conversations/${user}-${user}/${STATE_NAMESPACE}`);
}

/**
 * Sends one reply of the core, rendered for the channel the message came from. This is what bot.reply() does,
 * minus Botkit's BotWorker.say(), which loses a failed send (Twilio or the Bot Framework service refusing a
 * message): its promise never settles, the error becomes an unhandled rejection, and the webhook hangs.
 */
async function send(botWorker: BotWorker, message: BotkitMessage, reply: Reply, id?: string): Promise<RecordedReplies> {
  // The web adapter sends channelData's fields as the message's.
  const channelData = id && WEB_CHANNELS.has(message.incoming_message.channelId) ? { channelData: { id } } : {};
  const rendered = channelOf(message.context as TurnContext)
    .render(reply)
    .map((outgoing) => ({ ...outgoing, ...channelData }));
  await sendRendered(botWorker, message, rendered);
  return rendered;
}

async function sendRendered(botWorker: BotWorker, message: BotkitMessage, rendered: RecordedReplies): Promise<void> {
  for (const outgoing of rendered) {
    const activity = TurnContext.applyConversationReference(botWorker.ensureMessageFormat({ ...outgoing }), message.reference);
    await (message.context as TurnContext).sendActivity(activity);
  }
}

/** Where a message's answer is recorded: its channel's own message id, within its conversation and sender. */
function deliveryKey(message: BotkitMessage): string | undefined {
  const activity = message.incoming_message;
  const id = channelOf(message.context as TurnContext).messageId(activity);
  return id === undefined ? undefined : `${activity.channelId}/${activity.conversation.id}/${activity.from.id}/${id}`;
}

/**
 * Activities that show a typing indicator: the widget's websocket and Bot Framework's (Teams, Web Chat; only
 * they carry a serviceUrl). Slack's Events API gives apps none, SMS and Webex have none, and the webhook
 * answers in one response anyway.
 */
function showsTyping(activity: { channelId?: string; serviceUrl?: string }): boolean {
  return Boolean(activity.serviceUrl) || activity.channelId === 'websocket';
}

/** A typing activity where it shows; the answer is worked out meanwhile, so it adds no delay. */
async function sendTyping(message: BotkitMessage): Promise<void> {
  if (!showsTyping(message.incoming_message)) return;
  await (message.context as TurnContext).sendActivity(TurnContext.applyConversationReference({ type: 'typing' }, message.reference));
}

/**
 * The thin Botkit layer: feeds each turn to the channel-agnostic bot and keeps the follow-up context
 * in the conversation's state, in the storage the server was given (memory or Redis).
 */
export function attachBot(
  controller: Botkit,
  bot: MicroneedlingBot,
  { storage, turnLock, logger, logTranscripts, inFlight, deliveries, observer, site }: TurnHandlerOptions,
): void {
  /** Sends a reply with the site's links: its source, the site's contact. */
  const deliver = (botWorker: BotWorker, message: BotkitMessage, reply: Reply, id?: string) => send(botWorker, message, withSiteLinks(reply, site), id);
  const contexts = new ContextStore(storage);

  /** Context storage that is away (Redis down) degrades the turn to a context-free answer instead of failing it. */
  async function readContext(key: string): Promise<ConversationContext | undefined> {
    try {
      return await contexts.read(key);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : err }, 'context unavailable; answering without it');
      return undefined;
    }
  }

  async function writeContext(key: string, context: ConversationContext, previous: ConversationContext | undefined): Promise<void> {
    try {
      await contexts.write(key, context, previous);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : err }, 'context not saved');
    }
  }

  async function guarded(botWorker: BotWorker, message: BotkitMessage, turn: () => Promise<void>): Promise<void> {
    const done = inFlight.begin();
    const activity = message.incoming_message;
    try {
      await turnLock.run(`${activity.channelId}/${activity.conversation.id}/${activity.from.id}`, turn);
    } catch (error) {
      // Only a failed turn is logged, so its id is made here rather than on every turn.
      const requestId = randomUUID();
      // Botkit re-throws handler errors as unhandled rejections, which would end the process.
      logger.error({ err: error, requestId, type: message.type }, 'turn failed');
      await deliver(botWorker, message, bot.notice('error')).catch((sendError: unknown) => {
        logger.error({ err: sendError, requestId }, 'apology could not be sent');
      });
    } finally {
      done();
    }
  }

  controller.on('message', (botWorker, message) =>
    guarded(botWorker, message, async () => {
      // Checked under the conversation's turn lock: a repeat waits for the first delivery's turn to end.
      const key = deliveryKey(message);
      const earlier = key === undefined ? undefined : await deliveries.find(key);
      if (earlier) {
        if (channelOf(message.context as TurnContext).replaysRepeats) await sendRendered(botWorker, message, earlier);
        logger.debug({ channel: message.incoming_message.channelId }, 'repeated message: answered before');
        return;
      }
      const at = Date.now();
      const started = process.hrtime.bigint();
      const typing = sendTyping(message).catch((err: unknown) => logger.debug({ err }, 'typing indicator not sent'));
      const contextKey = contexts.key(message.context as TurnContext);
      const previous = await readContext(contextKey);
      const { replies, context } = bot.respond(message.text, previous);
      await writeContext(contextKey, context, previous);
      await typing;
      const user = message.incoming_message.from.id;
      const sent = replies.map((reply) => ({ id: observer?.replyId(user) ?? '', reply }));
      const recorded: RecordedReplies = [];
      for (const { id, reply } of sent) recorded.push(...(await deliver(botWorker, message, reply, id)));
      if (key !== undefined) await deliveries.record(key, recorded);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      observer?.turnCompleted({ channel: message.incoming_message.channelId, user, text: String(message.text ?? ''), replies: sent, at, latencyMs: ms });
      if (!logger.isLevelEnabled('debug')) return;
      logger.debug(
        {
          intents: replies.map((r) => (r.topic ? `${r.intent}/${r.topic}` : r.intent)),
          ms,
          ...(logTranscripts ? { text: message.text, replies: replies.map((r) => r.text) } : {}),
        },
        'turn',
      );
    }),
  );

  for (const event of ['hello', 'welcome_back'] as const) {
    controller.on(event, (botWorker, message) =>
      guarded(botWorker, message, async () => {
        await deliver(botWorker, message, bot.welcome(event === 'welcome_back'), observer?.replyId(message.incoming_message.from.id));
      }),
    );
  }
}
