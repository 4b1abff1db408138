const OPEN_TIMEOUT_MS = 10_000;

export interface SocketEvents {
  /** The socket opened. */
  open(ws: WebSocket): void;
  /** A text frame arrived, parsed as JSON. */
  frame(ws: WebSocket, value: unknown): void;
  /** The socket never opened (refused, timed out, blocked by the page's policy). */
  failed(): void;
  /** An open socket closed. */
  closed(ws: WebSocket, code: number): void;
}

/** Opens a websocket to `url`, giving up after a timeout, and reports what happens to it. */
export function openSocket(url: string, events: SocketEvents): void {
  let ws: WebSocket;
  try {
    ws = new WebSocket(url);
  } catch {
    // e.g. blocked by the page's Content-Security-Policy
    events.failed();
    return;
  }
  let opened = false;
  const openTimer = setTimeout(() => ws.close(), OPEN_TIMEOUT_MS);
  ws.addEventListener('open', () => {
    clearTimeout(openTimer);
    opened = true;
    events.open(ws);
  });
  ws.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    try {
      events.frame(ws, JSON.parse(event.data));
    } catch {
      /* not JSON: ignore */
    }
  });
  ws.addEventListener('close', (event) => {
    clearTimeout(openTimer);
    if (opened) events.closed(ws, event.code);
    else events.failed();
  });
}
