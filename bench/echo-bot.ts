/**
 * The ceiling for `bench:serve`: the same Botkit and web adapter, wired the way the bot's server wires them
 * (Express app, webhook and websocket on one port), with a handler that only replies with the text it got.
 * Whatever this reaches is what Botkit itself can do on this machine; the bot can only add to its cost.
 *
 *   PORT=3100 node dist/bench/echo-bot.js
 */
import { createServer } from 'node:http';
import { WebAdapter } from 'botbuilder-adapter-web';
import { Botkit } from 'botkit';
import express from 'express';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3100);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = express();
  const http = createServer(app);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/api/messages', express.json());

  const adapter = new WebAdapter({ server: http });
  const controller = new Botkit({ webhook_uri: '/api/messages', adapter, webserver: app, disable_console: true });
  controller.on('message', async (bot, message) => {
    await bot.reply(message, { type: 'message', text: message.text });
  });

  await new Promise<void>((resolve) => controller.ready(() => resolve()));
  await new Promise<void>((resolve) => http.listen(port, host, () => resolve()));
  // The adapter's heartbeat interval is never cleared, so stop on a signal rather than waiting for the loop to drain.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
