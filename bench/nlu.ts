/**
 * `npm run bench:nlu`: the bot's intent classifier against NLP.js on the three corpora of Braun et al. (2017),
 * same training/test split for both. Prints the tables and rewrites the NLU section of docs/benchmarks.md.
 *
 * "Ours" is `evaluateCorpus`, i.e. `IntentClassifier`, with the settings cross-validation on the corpus's
 * training sentences chose (bench/nluSelection.ts). NLP.js is `NlpManager` with its defaults (language 'en',
 * logging off), as in NLP.js's published comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NlpManager } from 'node-nlp';
import type { ClassifierSettings } from '../src/nlu/classifierSettings';
import { evaluateCorpus, NluCorpus } from '../src/evaluation/corpusEval';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { classificationReport } from '../src/evaluation/metrics';
import { machine, machineLine, projectRoot, textTable, writeDocSection } from './lib';
import { CorpusRun, markdown, perIntentRows, REPEATS, summaryRows, SystemRun } from './nluReport';
import { selectForBot, selectForCorpus, Selection, selectionTable } from './nluSelection';

const CORPORA_DIR = join(projectRoot, 'bench', 'corpora');
const CORPORA = ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'];

function readCorpus(name: string): NluCorpus {
  const corpus = JSON.parse(readFileSync(join(CORPORA_DIR, `${name}.json`), 'utf8')) as NluCorpus;
  return { ...corpus, name: corpus.name ?? name };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs a system REPEATS times: the report of the first run (both systems are deterministic), median times. */
async function repeated(run: () => SystemRun | Promise<SystemRun>): Promise<SystemRun> {
  const runs: SystemRun[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await run());
  if (runs.some((r) => r.report.correct !== runs[0].report.correct)) throw new Error('a system gave different results on the same data');
  return { ...runs[0], trainMs: median(runs.map((r) => r.trainMs)), msPerUtterance: median(runs.map((r) => r.msPerUtterance)) };
}

function runOurs(corpus: NluCorpus, settings: ClassifierSettings): SystemRun {
  const { trainMs, msPerUtterance, ...report } = evaluateCorpus(corpus, settings);
  // evaluateCorpus reports totals only; the same training again gives the sentence-by-sentence answers.
  const classifier = IntentClassifier.train(
    corpus.sentences.filter((s) => s.training),
    undefined,
    settings,
  );
  const predictions = corpus.sentences.filter((s) => !s.training).map((s) => classifier.label(s.text));
  return { report, predictions, trainMs, msPerUtterance };
}

async function runNlpJs(corpus: NluCorpus): Promise<SystemRun> {
  const manager = new NlpManager({ languages: ['en'], nlu: { log: false }, autoSave: false, autoLoad: false });
  for (const s of corpus.sentences.filter((x) => x.training)) manager.addDocument('en', s.text, s.intent);
  const trainStart = performance.now();
  await manager.train();
  const trainMs = performance.now() - trainStart;
  const testing = corpus.sentences.filter((s) => !s.training);
  const pairs: Array<{ expected: string; predicted: string }> = [];
  const testStart = performance.now();
  for (const s of testing) pairs.push({ expected: s.intent, predicted: (await manager.process('en', s.text)).intent });
  const msPerUtterance = (performance.now() - testStart) / testing.length;
  return { report: classificationReport(pairs), predictions: pairs.map((p) => p.predicted), trainMs, msPerUtterance };
}

function printSelection(selection: Selection): void {
  const table = selectionTable(selection);
  console.log(`\nCross-validation on ${selection.name} (${selection.folds} folds, ${selection.n} sentences)\n${textTable(table.headers, table.rows)}`);
}

async function main(): Promise<void> {
  const when = machineLine(machine());
  const runs: CorpusRun[] = [];
  for (const name of CORPORA) {
    const corpus = readCorpus(name);
    const selection = selectForCorpus(corpus, corpus.name ?? name);
    printSelection(selection);
    const ours = await repeated(() => runOurs(corpus, selection.chosen.settings));
    const nlpjs = await repeated(() => runNlpJs(corpus));
    const testing = corpus.sentences.filter((s) => !s.training);
    runs.push({ name: corpus.name ?? name, trainingSize: corpus.sentences.filter((s) => s.training).length, testing, ours, nlpjs, selection });
  }
  const bot = selectForBot();
  printSelection(bot);
  const summary = summaryRows(runs);
  console.log(`\nNLU benchmark · ${when}\n`);
  console.log(
    textTable(
      summary.headers,
      summary.rows.map((r) => r.map((c) => c.replace(/\*\*/g, ''))),
    ),
  );
  for (const run of runs) {
    const table = perIntentRows(run);
    console.log(`\n${run.name}\n${textTable(table.headers, table.rows)}`);
  }
  writeDocSection('nlu', markdown(runs, bot, when));
  console.log('\nWrote the NLU section of docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
