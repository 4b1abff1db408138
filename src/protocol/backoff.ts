/** Retry timing shared by the widget (reconnecting) and the server (reaching a messaging platform). */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

/** Exponential backoff with "equal jitter": half the capped ceiling, plus a random half. */
export function backoffDelay(attempt: number, { baseMs, capMs }: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
