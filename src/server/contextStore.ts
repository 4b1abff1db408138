import type { Storage, TurnContext } from 'botbuilder';
import { BotkitConversationState } from 'botkit/lib/conversationState';
import type { ConversationContext } from '../dialogue/context';

/** The namespace of the bot's state: Botkit's conversation-state key ends with it, and the item holds the context under it. */
export const STATE_NAMESPACE = 'microneedling';

type StoredState = { [STATE_NAMESPACE]?: ConversationContext; eTag?: string };

/**
 * A conversation's follow-up context, read and written in one storage call each, under the key and in the item
 * shape BotkitConversationState uses (so state written by earlier versions, in Redis too, is still read). Botkit's
 * property accessors around the same calls hash the whole state as JSON on every load and save, and build
 * accessor and cache objects per turn, to learn whether a three-field object changed.
 */
export class ContextStore {
  /** Only its key: every field of the conversation plus the user, so a thread, a group member, a phone number each get their own. */
  private readonly keys: BotkitConversationState;

  constructor(private readonly storage: Storage) {
    this.keys = new BotkitConversationState(storage, STATE_NAMESPACE);
  }

  key(context: TurnContext): string {
    return this.keys.getStorageKey(context) as string;
  }

  async read(key: string): Promise<ConversationContext | undefined> {
    const items = await this.storage.read([key]);
    return (items[key] as StoredState | undefined)?.[STATE_NAMESPACE];
  }

  /** Writes the context unless it is the one read (a turn that changed nothing leaves its time to live as it was). */
  async write(key: string, context: ConversationContext, previous: ConversationContext | undefined): Promise<void> {
    // Compared as JSON, like Botkit's change hash, so a field added to the context later counts too.
    if (previous && JSON.stringify(previous) === JSON.stringify(context)) return;
    const item: StoredState = { [STATE_NAMESPACE]: context, eTag: '*' };
    await this.storage.write({ [key]: item });
  }
}
