import { createHmac } from 'node:crypto';
import { Activity, ActivityTypes, BotAdapter, ResourceResponse } from 'botbuilder';
import { callPlatformApi } from '../platformApi';

export interface GraphCredentials {
  accessToken: string;
  appSecret: string;
  apiVersion: string;
}

/** A call to the Graph API with the page token and its appsecret_proof (HMAC-SHA256 of the token with the app secret). */
export function callGraphApi<T>({ accessToken, appSecret, apiVersion }: GraphCredentials, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const url = new URL(`https://graph.facebook.com/${apiVersion}${path}`);
  url.searchParams.set('access_token', accessToken);
  url.searchParams.set('appsecret_proof', createHmac('sha256', appSecret).update(accessToken).digest('hex'));
  return callPlatformApi<T>({ api: 'Graph API', method, path, url, body });
}

type ToSendApiMessage = (activity: Partial<Activity>) => unknown;

/**
 * Sends replies through the Send API (POST /me/messages), throwing when Graph cannot be reached or refuses.
 * The adapter's own sendActivities prints a failed send to the console and goes on, so a reply sent during
 * an outage was lost instead of retried; its conversion of an activity to a Send API message is kept.
 */
export function sendThroughGraph(adapter: BotAdapter, credentials: GraphCredentials): void {
  const toMessage = (adapter as unknown as { activityToFacebook: ToSendApiMessage }).activityToFacebook.bind(adapter);
  adapter.sendActivities = async (_context, activities) => {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) continue;
      const sent = await callGraphApi<{ message_id?: string } | undefined>(credentials, 'POST', '/me/messages', toMessage(activity));
      responses.push({ id: sent?.message_id ?? '' });
    }
    return responses;
  };
}
