import { Activity, ActivityTypes, BotAdapter, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'express';
import { callPlatformApi, PLATFORM_API_TIMEOUT_MS, PlatformApiError } from '../platformApi';

export const WEBEX_API = 'https://webexapis.com/v1';

export interface WebexAdapterOptions {
  accessToken: string;
  /** The API's base URL; the public cloud unless told otherwise. */
  apiBase?: string;
  timeoutMs?: number;
}

export interface WebexIdentity {
  id: string;
  displayName?: string;
}

/** The webhook Webex posts: which resource changed, and a few of its fields (never the message text). */
export interface WebexWebhook {
  id?: string;
  name?: string;
  resource?: string;
  event?: string;
  data?: { id?: string; roomId?: string; roomType?: string; personId?: string; personEmail?: string; parentId?: string };
}

/** GET /v1/messages/{id}. */
export interface WebexApiMessage {
  id: string;
  roomId: string;
  roomType?: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  html?: string;
  personId: string;
  personEmail?: string;
}

/** A Webex conversation is a room; a reply in a thread keeps the thread's parent message. */
type WebexConversation = Activity['conversation'] & { parentId?: string };

/** Webex ids are base64 of `ciscospark://<region>/PEOPLE/<uuid>`; mentions may carry either form. */
function idForms(id: string): string[] {
  const decoded = /^ciscospark:\/\/[^/]+\/[A-Z_]+\/(.+)$/.exec(Buffer.from(id, 'base64').toString('utf8'))?.[1];
  return decoded ? [id, decoded] : [id];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * The text the person typed, without the mention of the bot that Webex requires in group spaces. The mention
 * is found in the HTML version (it names the person by id); without one, a leading display name is removed.
 */
export function messageText(message: Pick<WebexApiMessage, 'text' | 'html'>, identity: WebexIdentity): string {
  if (message.html) {
    const ids = idForms(identity.id).map(escapeRegExp).join('|');
    const mention = new RegExp(`<spark-mention[^>]*data-object-id="(?:${ids})"[^>]*>.*?</spark-mention>`, 'gis');
    if (mention.test(message.html)) {
      return message.html
        .replace(mention, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name])
        .replace(/\s+/g, ' ')
        .trim();
    }
  }
  const text = (message.text ?? '').trim();
  if (!identity.displayName) return text;
  return text.replace(new RegExp(`^${escapeRegExp(identity.displayName)}\\b[\\s,:]*`, 'i'), '').trim();
}

/**
 * A Botkit-compatible adapter for Webex over its REST API, in place of botbuilder-adapter-webex (which pulls
 * in the whole Webex SDK). The webhook's signature is checked before `processActivity` (verifyWebexSignature).
 */
export class WebexAdapter extends BotAdapter {
  /** Name used by Botkit for this adapter. */
  readonly name = 'Webex Adapter';
  private readonly apiBase: string;
  private readonly timeoutMs: number;
  private identity?: WebexIdentity;

  constructor(private readonly options: WebexAdapterOptions) {
    super();
    this.apiBase = (options.apiBase ?? WEBEX_API).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? PLATFORM_API_TIMEOUT_MS;
  }

  /** One call to the Webex REST API; a refusal, a network error or a timeout rejects with a PlatformApiError. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const headers = { authorization: `Bearer ${this.options.accessToken}` };
    return callPlatformApi<T>({ api: 'Webex API', method, path, url: `${this.apiBase}${path}`, headers, body, timeoutMs: this.timeoutMs });
  }

  /** The bot's own person (GET /v1/people/me), fetched once: its messages are not answered. */
  async getIdentity(): Promise<WebexIdentity> {
    if (!this.identity) {
      const me = await this.api<WebexIdentity>('GET', '/people/me');
      if (!me?.id) throw new PlatformApiError('Webex API GET /people/me answered without an id');
      this.identity = { id: me.id, displayName: me.displayName };
    }
    return this.identity;
  }

  /**
   * Answers the webhook at once (Webex wants a quick 200 and sends no text), then fetches the message, turns
   * it into an Activity and runs the bot. Other events and the bot's own messages are acknowledged and
   * dropped. A failure after the answer rejects the returned promise, for the caller to log.
   */
  async processActivity(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const webhook = (req.body ?? {}) as WebexWebhook;
    if (!res.headersSent) res.status(200).end();
    if (webhook.resource !== 'messages' || webhook.event !== 'created' || !webhook.data?.id) return;
    const identity = await this.getIdentity();
    if (webhook.data.personId === identity.id) return;

    const message = await this.api<WebexApiMessage>('GET', `/messages/${encodeURIComponent(webhook.data.id)}`);
    if (!message?.roomId || !message.personId || message.personId === identity.id) return;
    const conversation: WebexConversation = {
      id: message.roomId,
      isGroup: message.roomType === 'group',
      conversationType: message.roomType ?? webhook.data.roomType ?? 'direct',
      name: '',
      ...(message.parentId ? { parentId: message.parentId } : {}),
    };
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: message.id,
      timestamp: new Date(),
      channelId: 'webex',
      conversation,
      from: { id: message.personId, name: message.personEmail ?? '' },
      recipient: { id: identity.id, name: identity.displayName ?? '' },
      text: messageText(message, identity),
      channelData: { ...webhook.data },
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /**
   * Posts each message activity to its room (POST /v1/messages): the renderer's Markdown as `markdown`, and
   * its plain `text` for clients and notifications that cannot show Markdown; a threaded conversation is
   * answered in the thread. Other activity types (typing) have no Webex equivalent and are skipped.
   */
  async sendActivities(_context: TurnContext, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const conversation = activity.conversation as WebexConversation | undefined;
      if (!conversation?.id) throw new Error('Webex: an outgoing message needs conversation.id (the room id)');
      const markdown = (activity.channelData as { markdown?: unknown } | undefined)?.markdown;
      const body: Record<string, string> = { roomId: conversation.id };
      if (typeof markdown === 'string' && markdown) body.markdown = markdown;
      if (activity.text) body.text = activity.text;
      if (!body.markdown && !body.text) throw new Error('Webex: an outgoing message needs text or markdown');
      if (conversation.parentId) body.parentId = conversation.parentId;
      const sent = await this.api<{ id?: string }>('POST', '/messages', body);
      responses.push({ id: sent?.id ?? '' });
    }
    return responses;
  }

  /** Webex lets a bot edit its messages only in narrow cases; this adapter does not. */
  async updateActivity(_context: TurnContext, _activity: Partial<Activity>): Promise<void> {
    throw new Error('Webex adapter: updating a sent message is not supported');
  }

  /** DELETE /v1/messages/{id}. */
  async deleteActivity(_context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    if (!reference.activityId) throw new Error('Webex adapter: deleteActivity needs the activityId of the message');
    await this.api('DELETE', `/messages/${encodeURIComponent(reference.activityId)}`);
  }

  /** Runs `logic` in a conversation (a room) outside of a webhook, e.g. to send a proactive message. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const request = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, request), logic);
  }
}
