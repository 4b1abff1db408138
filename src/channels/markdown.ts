import { BULLET, INLINE } from '../protocol/markdown';

/**
 * The bot writes a small Markdown subset (src/protocol/markdown, the one the widget renders). Each messaging channel speaks
 * its own dialect of it, or none; a `Dialect` says how to write each piece, and `convertMarkdown` does the rest.
 */
export interface Dialect {
  /** Text between markup, e.g. escaped for Slack. */
  text(text: string): string;
  strong(inner: string): string;
  em(inner: string): string;
  link(label: string, url: string): string;
  /** One list item, already converted. */
  bullet(item: string): string;
  /** True when lists and paragraph lines need blank lines around them (CommonMark renderers such as Teams). */
  blankLines?: boolean;
}

interface Block {
  list: boolean;
  lines: string[];
  /** A blank line preceded the block in the source. */
  gap: boolean;
}

function inline(text: string, dialect: Dialect): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    out += dialect.text(text.slice(last, index));
    last = index + m[0].length;
    if (m[1] !== undefined) out += dialect.link(m[1], m[2]);
    else if (m[3] !== undefined) out += dialect.link(m[3], m[3]);
    else if (m[4] !== undefined) out += dialect.strong(inline(m[4], dialect));
    else out += dialect.em(inline(m[5], dialect));
  }
  return out + dialect.text(text.slice(last));
}

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let gap = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      gap = blocks.length > 0;
      continue;
    }
    const list = BULLET.test(line);
    const current = blocks[blocks.length - 1];
    if (current && current.list === list && !gap) current.lines.push(line);
    else blocks.push({ list, lines: [line], gap });
    gap = false;
  }
  return blocks;
}

function renderBlock(block: Block, dialect: Dialect): string {
  const lines = block.lines.map((line) => (block.list ? dialect.bullet(inline(line.slice(2).trim(), dialect)) : inline(line, dialect)));
  // In CommonMark a single newline inside a paragraph is only a space, so each line becomes its own paragraph.
  return lines.join(dialect.blankLines && !block.list ? '\n\n' : '\n');
}

export function convertMarkdown(text: string, dialect: Dialect): string {
  const blocks = toBlocks(text);
  return blocks.map((block, i) => (i === 0 ? '' : block.gap || dialect.blankLines ? '\n\n' : '\n') + renderBlock(block, dialect)).join('');
}

const SLACK_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Slack mrkdwn: *bold*, _italic_, <url|label>, and &, <, > escaped (Slack reads them as control characters). */
export const slackMrkdwn: Dialect = {
  text: (s) => s.replace(/[&<>]/g, (c) => SLACK_ESCAPES[c]),
  strong: (s) => `*${s}*`,
  em: (s) => `_${s}_`,
  link: (label, url) => (label === url ? `<${url}>` : `<${url}|${slackMrkdwn.text(label)}>`),
  bullet: (item) => `• ${item}`,
};

/** CommonMark as Teams, Web Chat and the Emulator render it. */
export const commonMark: Dialect = {
  text: (s) => s,
  strong: (s) => `**${s}**`,
  em: (s) => `*${s}*`,
  link: (label, url) => (label === url ? url : `[${label}](${url})`),
  bullet: (item) => `- ${item}`,
  blankLines: true,
};

/** Plain text for channels that show markup literally; `bullet` differs (SMS must stay in the GSM alphabet). */
export function plainText(bulletMark: string): Dialect {
  return {
    text: (s) => s,
    strong: (s) => s,
    em: (s) => s,
    link: (label, url) => {
      const shown = url.replace(/^mailto:/, '');
      return label === shown ? shown : `${label} (${shown})`;
    },
    bullet: (item) => `${bulletMark} ${item}`,
  };
}
