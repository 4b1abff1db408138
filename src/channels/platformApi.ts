/** How long one call to a platform's REST API may take. */
export const PLATFORM_API_TIMEOUT_MS = 10_000;

/** A platform API call that failed; `status` is set when the platform answered, so `isTransient` can judge it. */
export class PlatformApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PlatformApiError';
  }
}

export interface PlatformCall {
  /** Names the API in errors, e.g. "Webex API". */
  api: string;
  method: string;
  /** The path as errors name it (the URL may carry credentials). */
  path: string;
  url: string | URL;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

/** Why a call that got no answer failed: fetch reports "fetch failed" and keeps the network error as its cause. */
function networkProblem(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && err.name === 'TimeoutError') return `did not answer within ${timeoutMs / 1000} s`;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return `failed: ${cause instanceof Error ? cause.message : String(cause)}`;
}

/** The message a refusal carries: Graph's `error.message`, or a top-level `message` (Webex). */
async function refusalDetail(response: globalThis.Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const json = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } };
    const message = json.error?.message ?? json.message;
    return typeof message === 'string' ? `: ${message}` : '';
  } catch {
    return '';
  }
}

/**
 * One JSON call to a platform's REST API. A refusal, a network error or a timeout rejects with a
 * PlatformApiError (with the status when the platform answered), so an outage is retried and a refusal is not.
 */
export async function callPlatformApi<T>({ api, method, path, url, headers = {}, body, timeoutMs = PLATFORM_API_TIMEOUT_MS }: PlatformCall): Promise<T> {
  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new PlatformApiError(`${api} ${method} ${path} ${networkProblem(err, timeoutMs)}`);
  }
  if (!response.ok) throw new PlatformApiError(`${api} ${method} ${path} answered ${response.status}${await refusalDetail(response)}`, response.status);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
