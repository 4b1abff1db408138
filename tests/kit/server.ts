import type { MicroneedlingBot } from '../../src/bot';
import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from './bot';

/** The real server on an ephemeral port, with logs silenced and no messaging channel unless `env` enables one. */
export function startTestServer(bot: MicroneedlingBot = sharedBot(), env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  return startServer({ bot, logger: createLogger('silent'), port: 0, host: '127.0.0.1', env });
}
