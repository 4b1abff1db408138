import { readFileSync } from 'node:fs';
import { MicroneedlingBot } from '../bot';
import { evaluateCorpus, NluCorpus } from '../evaluation/corpusEval';
import { evaluateEvalSets, TARGETS } from '../evaluation/evalSets';
import { EARLIER_QUESTIONS } from '../evaluation/realQuestions';
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

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function runBot(json: boolean): void {
  const { heldOut, real, contextSwitches, visitorConversations } = evaluateEvalSets(new MicroneedlingBot());
  if (json) {
    const { questions: report, turns, twoQuestionMessages } = heldOut;
    const realQuestions = { n: real.n, rate: real.rate, byExpect: real.byExpect, sources: real.sources };
    console.log(
      JSON.stringify({
        n: report.n,
        accuracy: report.accuracy,
        microF1: report.microF1,
        macroF1: report.macroF1,
        turns,
        twoQuestionMessages,
        realQuestions,
        contextSwitches: { n: contextSwitches.n, rate: contextSwitches.rate },
        visitorConversations: { n: visitorConversations.n, rate: visitorConversations.rate, followUps: visitorConversations.followUps },
      }),
    );
    return;
  }
  console.log(formatReport('Held-out questions (eval/questions.json)', heldOut.questions));
  console.log('\nMisclassified:');
  for (const m of heldOut.misclassified) console.log(`  "${m.text}": expected ${m.expected}, got ${m.predicted}`);
  const { n, bothAnswered } = heldOut.twoQuestionMessages;
  console.log(`\nTwo questions in one message: ${bothAnswered}/${n} got both answers.`);
  console.log(
    `\nConversation turns (eval/conversations.json): ${heldOut.turns.passed}/${heldOut.turns.n} passed, ${percent(heldOut.turns.rate)} (target ${percent(TARGETS.conversationTurns)})`,
  );
  for (const f of heldOut.failures) {
    console.log(
      `  ${f.conversation} #${f.turn} "${f.user}": missing [${f.missing.join('; ')}] unexpected [${f.unexpected.join('; ')}]\n    → ${f.reply.replace(/\n/g, ' / ').slice(0, 220)}`,
    );
  }
  const byExpect = Object.entries(real.byExpect)
    .map(([kind, b]) => `${kind} ${b.passed}/${b.n}`)
    .join(', ');
  console.log(
    `\nReal visitors' questions (eval/real-questions.json, ${real.sources} sources): ${real.passed}/${real.n} right, ${percent(real.rate)} (target ${percent(TARGETS.realQuestions)}); ${byExpect}`,
  );
  for (const m of real.misses) console.log(`  [${m.expect}] "${m.text}": ${m.why}\n    → ${m.reply.replace(/\n/g, ' / ').slice(0, 220)}`);
  console.log(
    `\nContext switches (each standalone question after ${EARLIER_QUESTIONS.length} different earlier questions): ${contextSwitches.passed}/${contextSwitches.n} unchanged, ${percent(contextSwitches.rate)} (target ${percent(TARGETS.contextSwitches)})`,
  );
  for (const f of contextSwitches.failures)
    console.log(`  "${f.text}" after "${f.earlier}"\n    alone: ${f.alone.slice(0, 140)}\n    after: ${f.after.slice(0, 140)}`);
  const { followUps } = visitorConversations;
  console.log(
    `\nVisitor conversations (eval/visitor-conversations.json): ${visitorConversations.passed}/${visitorConversations.n} turns right, ${percent(visitorConversations.rate)} (target ${percent(TARGETS.visitorConversationTurns)}); follow-ups ${followUps.passed}/${followUps.n}`,
  );
  for (const m of visitorConversations.misses)
    console.log(`  ${m.conversation} #${m.turn} "${m.user}": ${m.why}\n    → ${m.reply.replace(/\n/g, ' / ').slice(0, 220)}`);
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
