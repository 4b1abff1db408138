import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MicroneedlingBot } from '../bot';
import { projectRoot } from '../data/paths';
import { evaluateBot, HeldOutQuestion, ScriptedConversation } from '../evaluation/botEval';
import { evaluateCorpus, NluCorpus } from '../evaluation/corpusEval';
import { formatReport } from '../evaluation/metrics';

const USAGE = 'usage: npm run eval [-- --corpus FILE] [--json]';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function runCorpus(file: string, json: boolean): void {
  const result = evaluateCorpus(readJson<NluCorpus>(file));
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(formatReport(`${result.corpus} (${result.trainingSize} training sentences)`, result));
  console.log(`\nTraining ${result.trainMs.toFixed(0)} ms, ${result.msPerUtterance.toFixed(3)} ms per test utterance.`);
}

function runBot(json: boolean): void {
  const bot = new MicroneedlingBot();
  const questions = readJson<HeldOutQuestion[]>(join(projectRoot, 'eval', 'questions.json'));
  const conversations = readJson<ScriptedConversation[]>(join(projectRoot, 'eval', 'conversations.json'));
  const result = evaluateBot(bot, questions, conversations);
  if (json) {
    const { questions: report, turns, twoQuestionMessages } = result;
    console.log(JSON.stringify({ n: report.n, accuracy: report.accuracy, microF1: report.microF1, macroF1: report.macroF1, turns, twoQuestionMessages }));
    return;
  }
  console.log(formatReport('Held-out questions (eval/questions.json)', result.questions));
  console.log('\nMisclassified:');
  for (const m of result.misclassified) console.log(`  "${m.text}": expected ${m.expected}, got ${m.predicted}`);
  const { n, bothAnswered } = result.twoQuestionMessages;
  console.log(`\nTwo questions in one message: ${bothAnswered}/${n} got both answers.`);
  console.log(`\nConversation turns (eval/conversations.json): ${result.turns.passed}/${result.turns.n} passed, ${(result.turns.rate * 100).toFixed(1)}%`);
  for (const f of result.failures) {
    console.log(
      `  ${f.conversation} #${f.turn} "${f.user}": missing [${f.missing.join('; ')}] unexpected [${f.unexpected.join('; ')}]\n    → ${f.reply.replace(/\n/g, ' / ').slice(0, 220)}`,
    );
  }
}

function main(args: string[]): void {
  const json = args.includes('--json');
  const corpusFlag = args.indexOf('--corpus');
  const unknown = args.filter((a, i) => a !== '--json' && a !== '--corpus' && i !== corpusFlag + 1);
  if (unknown.length > 0 || (corpusFlag >= 0 && !args[corpusFlag + 1])) {
    console.error(USAGE);
    process.exit(2);
  }
  if (corpusFlag >= 0) runCorpus(args[corpusFlag + 1], json);
  else runBot(json);
}

main(process.argv.slice(2));
