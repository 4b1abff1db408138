import { randomUUID } from 'node:crypto';
import { ConversationState, Storage } from 'botbuilder';
import type { Botkit, BotkitMessage, BotWorker } from 'botkit';
import type { MicroneedlingBot } from '../bot';
import { toWebMessage } from '../channels/web';
import type { ConversationContext } from '../dialogue/context';
import type { Logger } from '../logger';

export interface TurnHandlerOptions {
  /** The storage the controller was given, so a shared store (Redis) shares the context too. */
  storage: Storage;
  logger: Logger;
  logTranscripts: boolean;
}

/**
 * The thin Botkit layer: feeds each turn to the channel-agnostic bot and keeps the follow-up context
 * in Botkit's conversation state, i.e. in whatever storage the controller was given.
 */
export function attachBot(controller: Botkit, bot: MicroneedlingBot, { storage, logger, logTranscripts }: TurnHandlerOptions): void {
  const conversationState = new ConversationState(storage);
  const contextState = conversationState.createProperty<ConversationContext>('microneedling');

  async function guarded(botWorker: BotWorker, message: BotkitMessage, turn: () => Promise<void>): Promise<void> {
    const requestId = randomUUID();
    try {
      await turn();
    } catch (error) {
      // Botkit re-throws handler errors as unhandled rejections, which would end the process.
      logger.error({ err: error, requestId, type: message.type }, 'turn failed');
      await botWorker.reply(message, toWebMessage(bot.apology())).catch((sendError: unknown) => {
        logger.error({ err: sendError, requestId }, 'apology could not be sent');
      });
    }
  }

  controller.on('message', (botWorker, message) =>
    guarded(botWorker, message, async () => {
      const started = process.hrtime.bigint();
      const previous = await contextState.get(message.context);
      const { replies, context } = bot.respond(message.text, previous);
      await contextState.set(message.context, context);
      await conversationState.saveChanges(message.context);
      for (const reply of replies) await botWorker.reply(message, toWebMessage(reply));
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
        await botWorker.reply(message, toWebMessage(bot.welcome(event === 'welcome_back')));
      }),
    );
  }
}
