import { loadContent } from '../data/content';
import { loadTrainingData } from '../data/intents';
import { loadPolicy } from '../data/policy';
import { referenceProblems } from '../data/references';

/** `npm run validate`: checks intents/ and content/ the way start-up does, and says what is wrong where. */
function main(): void {
  try {
    const data = loadTrainingData();
    const content = loadContent();
    const problems = referenceProblems(data, content, loadPolicy());
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
    const utterances = data.intents.reduce((n, i) => n + i.utterances.length, 0);
    console.log(
      `ok: ${data.intents.length} intents (${utterances} utterances), ${data.topics.length} topics, ${data.treatments.length} other treatments, ${Object.keys(content.answers).length} answers`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

main();
