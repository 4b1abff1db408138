/**
 * The Markdown subset the bot writes, and the widget and every messaging channel read: "- " bullet lines,
 * **strong**, *emphasis*, [label](https://… or mailto:…) links and bare http(s) URLs. One grammar, so every channel reads
 * text alike.
 */

/** A list item line; the item's text follows the marker. */
export const BULLET = /^- /;

/**
 * Inline markup, matched left to right. Groups: 1 link label and 2 its URL | 3 bare URL | 4 strong text |
 * 5 emphasised text.
 */
export const INLINE =
  /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s()<>]+)\)|(https?:\/\/[^\s<>"'()[\]]*[^\s<>"'()[\].,;:!?])|\*\*([^*\s](?:[^*\n]*[^*\s])?)\*\*|\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;
