import { MicroneedlingBot } from '../../src/bot';

let shared: MicroneedlingBot | undefined;

/** One trained bot per test file: training takes a few hundred milliseconds. */
export function sharedBot(): MicroneedlingBot {
  shared ??= new MicroneedlingBot();
  return shared;
}
