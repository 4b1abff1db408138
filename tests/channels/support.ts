import type { Reply } from '../../src/answers/compose';

/** A reply of the core, as the renderers receive it. */
export function reply(text: string, titles: string[] = []): Reply {
  return { text, intent: 'test', suggestions: titles.map((title, i) => ({ title, payload: `Question ${i + 1} about ${title}?` })) };
}
