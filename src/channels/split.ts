/**
 * Splits text into pieces of at most `limit` characters, preferring to break between paragraphs,
 * then between lines, then between words, so a long answer arrives as several readable messages.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 1) throw new RangeError('limit must be positive');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = breakPoint(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    // A break in the first quarter would leave a tiny piece; cut the word instead.
    if (at > limit / 4) return at;
  }
  return limit;
}

/** Shortens `text` to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
