import { BotAdapter, TurnContext } from 'botbuilder';
import { Botkit, BotkitMessage, BotWorker } from 'botkit';
import { NullStorage } from '../state/nullStorage';

type WorkerClass = new (controller: Botkit, config: unknown) => BotWorker;

/**
 * Botkit with the turn path this bot uses and nothing more. Stock `handleTurn` builds a dialog context (a
 * DialogSet, a DialogStateManager and a state load and save) and runs four middleware chains, triggers and
 * interrupts on every message; this bot registers no dialog, trigger, interrupt, middleware or plugin, so all of
 * that ends in the same event handlers with nothing done. Here a turn makes Botkit's message and its BotWorker
 * (the adapter's own worker class, as `spawn` picks it) and fires Botkit's events (`controller.on`) directly.
 * Dialogs, `hears` and middleware must not be added to this controller: they would never run.
 */
export class TurnController extends Botkit {
  constructor() {
    // Each channel brings its adapter and routes; Botkit's own dialog state is never loaded.
    super({ disable_webserver: true, storage: new NullStorage(), disable_console: true });
  }

  async handleTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const channelData = activity.channelData as Record<string, unknown> | undefined;
    const reference = TurnContext.getConversationReference(activity);
    // The fields stock Botkit gives a message, so handlers see the same thing.
    const message = {
      ...channelData,
      type: (channelData?.botkitEventType as string | undefined) ?? activity.type,
      user: activity.from.id,
      text: activity.text,
      channel: activity.conversation.id,
      value: activity.value as unknown,
      reference,
      context,
      incoming_message: activity,
    } as BotkitMessage;
    context.turnState.set('botkitMessage', message);
    const adapter = context.adapter as BotAdapter & { botkit_worker?: WorkerClass };
    const Worker: WorkerClass = adapter.botkit_worker ?? BotWorker;
    const worker = new Worker(this, { context, reference, activity });
    worker.getConfig().adapter = adapter;
    await this.trigger(message.type, worker, message);
  }
}
