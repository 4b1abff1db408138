import { createInterface } from 'node:readline';
import { MicroneedlingBot, Reply } from '../bot';
import type { ConversationContext } from '../dialogue/context';

/** A terminal chat over the same core the server uses: type a question, or the number of a suggestion. */
async function main(): Promise<void> {
  const bot = new MicroneedlingBot();
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let context: ConversationContext | undefined;
  let offered: Reply['suggestions'] = [];

  const show = (replies: Reply[]): void => {
    for (const reply of replies) console.log(`\nbot: ${reply.text.replace(/\n/g, '\n     ')}`);
    offered = replies.at(-1)?.suggestions ?? [];
    if (offered.length > 0) console.log(`     ${offered.map((s, i) => `[${i + 1}] ${s.title}`).join('  ')}`);
  };

  show([bot.welcome(false)]);
  console.log('     (type a question, a number to pick a suggestion, or /quit)');
  terminal.setPrompt('\nyou: ');
  terminal.prompt();
  for await (const raw of terminal) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (!process.stdin.isTTY) console.log(line);
    const picked = /^\d+$/.test(line) ? offered[Number(line) - 1] : undefined;
    const result = bot.respond(picked ? picked.payload : line, context);
    context = result.context;
    show(result.replies);
    terminal.prompt();
  }
  terminal.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
