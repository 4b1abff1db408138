import { WebAdapter } from 'botbuilder-adapter-web';

/**
 * The stock web adapter starts a heartbeat interval it never clears, so a process (or a test run)
 * that stops the server would stay alive. This adapter keeps a handle on that interval to stop it.
 */
export class ClosableWebAdapter extends WebAdapter {
  private heartbeat?: ReturnType<typeof setInterval>;

  createSocketServer(server: unknown, socketOptions: unknown, logic: unknown): void {
    const realSetInterval = global.setInterval;
    global.setInterval = ((...args: Parameters<typeof setInterval>) => {
      this.heartbeat = realSetInterval(...args);
      return this.heartbeat;
    }) as typeof setInterval;
    try {
      super.createSocketServer(server, socketOptions, logic);
    } finally {
      global.setInterval = realSetInterval;
    }
  }

  /** Closes every websocket with `code` and stops the heartbeat. */
  async close(code = 1001, reason = 'server shutting down'): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (!this.wss) return;
    for (const client of this.wss.clients) client.close(code, reason);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
