import { randomUUID } from 'node:crypto';
import { Storage, TurnContext } from 'botbuilder';
import type { Botkit, BotkitMessage, BotWorker } from 'botkit';
import { BotkitConversationState } from 'botkit/lib/conversationState';
import type { MicroneedlingBot, Reply } from '../bot';
import { rendererOf } from '../channels/registry';
import { withSiteLinks } from '../channels/siteLinks';
import type { WorkTracker } from '../channels/types';
import type { SiteLinks } from '../config';
import type { ConversationContext } from '../dialogue/context';
import type { Logger } from '../logger';
import type { TurnLock } from '../state/turnLock';

export interface TurnHandlerOptions {
  /** The storage the controller was given, so a shared store (Redis) shares the context too. */
  storage: Storage;
  /** Keeps one conversation's turns in order, across instances when it is Redis-backed. */
  turnLock: TurnLock;
  logger: Logger;
  logTranscripts: boolean;
  /** Counts turns until they ended, so shutdown waits for them (a Webex turn runs after its webhook was answered). */
  inFlight: WorkTracker;
  /** The article's address and the site's contact, which replies link to. */
  site: SiteLinks;
}

/**
 * Sends one reply of the core, with the site's links, rendered for the channel the message came from. This is
 * what bot.reply() does, minus Botkit's BotWorker.say(), which loses a failed send (Twilio or the Bot Framework
 * service refusing a message): its promise never settles, the error becomes an unhandled rejection, and the
 * webhook hangs.
 */
async function send(botWorker: BotWorker, message: BotkitMessage, reply: Reply, site: SiteLinks): Promise<void> {
  const reference = TurnContext.getConversationReference(message.incoming_message);
  for (const outgoing of rendererOf(message.context as TurnContext)(withSiteLinks(reply, site))) {
    const activity = TurnContext.applyConversationReference(botWorker.ensureMessageFormat({ ...outgoing }), reference);
    await (message.context as TurnContext).sendActivity(activity);
  }
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
  const reference = TurnContext.getConversationReference(message.incoming_message);
  await (message.context as TurnContext).sendActivity(TurnContext.applyConversationReference({ type: 'typing' }, reference));
}

/**
 * The thin Botkit layer: feeds each turn to the channel-agnostic bot and keeps the follow-up context
 * in Botkit's conversation state, i.e. in whatever storage the controller was given.
 */
export function attachBot(controller: Botkit, bot: MicroneedlingBot, { storage, turnLock, logger, logTranscripts, inFlight, site }: TurnHandlerOptions): void {
  // Botkit's key is every field of the conversation plus the user: a Slack thread (thread_ts), a Teams
  // conversation, a phone number, each person in a group chat, get a context of their own. The namespace keeps
  // it apart from Botkit's own dialog state, which lives under the same key and is saved separately.
  const conversationState = new BotkitConversationState(storage, 'microneedling');
  const contextState = conversationState.createProperty<ConversationContext>('microneedling');

  /** Context storage that is away (Redis down) degrades the turn to a context-free answer instead of failing it. */
  async function readContext(message: BotkitMessage): Promise<ConversationContext | undefined> {
    try {
      return await contextState.get(message.context);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : err }, 'context unavailable; answering without it');
      return undefined;
    }
  }

  async function writeContext(message: BotkitMessage, context: ConversationContext): Promise<void> {
    try {
      await contextState.set(message.context, context);
      await conversationState.saveChanges(message.context);
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
      await send(botWorker, message, bot.notice('error'), site).catch((sendError: unknown) => {
        logger.error({ err: sendError, requestId }, 'apology could not be sent');
      });
    } finally {
      done();
    }
  }

  controller.on('message', (botWorker, message) =>
    guarded(botWorker, message, async () => {
      // The turn log is debug-level: skip timing it and building its object when it would not be written.
      const debug = logger.isLevelEnabled('debug');
      const started = debug ? process.hrtime.bigint() : 0n;
      const typing = sendTyping(message).catch((err: unknown) => logger.debug({ err }, 'typing indicator not sent'));
      const { replies, context } = bot.respond(message.text, await readContext(message));
      await writeContext(message, context);
      await typing;
      for (const reply of replies) await send(botWorker, message, reply, site);
      if (!debug) return;
      logger.debug({
        intents: replies.map((r) => (r.topic ? `${r.intent}/${r.topic}` : r.intent)),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        ...(logTranscripts ? { text: message.text, replies: replies.map((r) => r.text) } : {}),
      }, 'turn');
    }),
  );

  for (const event of ['hello', 'welcome_back'] as const) {
    controller.on(event, (botWorker, message) =>
      guarded(botWorker, message, async () => {
        await send(botWorker, message, bot.welcome(event === 'welcome_back'), site);
      }),
    );
  }
}
