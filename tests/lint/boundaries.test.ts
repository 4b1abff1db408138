import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(__dirname, '..', '..');
// The configuration `npm run lint` uses, passed as an object: Jest cannot load it the way the CLI does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require('../../eslint.config.cjs') });

/** The import-boundary problems ESLint reports for `code` as if it were the file at `path`. */
async function boundaryProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries (npm run lint)', () => {
  it.each([
    ['the NLU importing the server', 'src/nlu/boundaryProbe.ts', "import { startServer } from '../server/app';\nexport const s = startServer;\n"],
    ['the dialogue importing a channel', 'src/dialogue/boundaryProbe.ts', "import { CHANNELS } from '../channels/registry';\nexport const c = CHANNELS;\n"],
    ['the widget importing the server', 'src/widget/boundaryProbe.ts', "import { startServer } from '../server/app';\nexport const s = startServer;\n"],
    [
      'the widget importing a channel',
      'src/widget/boundaryProbe.ts',
      "import { toWebMessage } from '../channels/web/render';\nexport const r = toWebMessage;\n",
    ],
    [
      'a channel importing the server',
      'src/channels/slack/boundaryProbe.ts',
      "import { attachBot } from '../../server/turnHandler';\nexport const a = attachBot;\n",
    ],
    ['the protocol importing the core', 'src/protocol/boundaryProbe.ts', "import { MicroneedlingBot } from '../bot';\nexport const b = MicroneedlingBot;\n"],
  ])('fails %s', async (_name, path, code) => {
    expect(await boundaryProblems(path, code)).toEqual([expect.stringMatching(/Unexpected path/)]);
  });

  it.each([
    ['the widget importing the protocol', 'src/widget/boundaryProbe.ts', "import { SIGNED_ID } from '../protocol/web';\nexport const id = SIGNED_ID;\n"],
    ['the server importing a channel', 'src/server/boundaryProbe.ts', "import { CHANNELS } from '../channels/registry';\nexport const c = CHANNELS;\n"],
    ['a channel importing the core', 'src/channels/slack/boundaryProbe.ts', "import type { Reply } from '../../bot';\nexport type R = Reply;\n"],
  ])('allows %s', async (_name, path, code) => {
    expect(await boundaryProblems(path, code)).toEqual([]);
  });
});
