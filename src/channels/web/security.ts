import { DEFAULTS } from '../../config';

export interface SecurityOptions {
  /** Signs session ids; shared by every instance. Undefined: a random secret for this process. */
  sessionSecret?: string;
  rateLimitPerMinute: number;
  maxWebsocketsPerIp: number;
  /** Pages allowed to talk to the bot from a browser; empty allows any. */
  allowedOrigins: string[];
  /**
   * Proxies (load balancers) in front of the server whose X-Forwarded-For is trusted. Behind one, every
   * visitor otherwise has the proxy's IP and shares one per-IP rate limit and websocket cap.
   */
  trustProxy: number;
}

const { rateLimitPerMinute, maxWebsocketsPerIp, allowedOrigins, trustProxy } = DEFAULTS;
export const DEFAULT_SECURITY: SecurityOptions = { rateLimitPerMinute, maxWebsocketsPerIp, allowedOrigins, trustProxy };
