/**
 * `npm run bench:nlu`: the bot's intent classifier against NLP.js on the three corpora of Braun et al. (2017),
 * same training/test split for both. Prints the tables and rewrites the NLU section of docs/benchmarks.md.
 *
 * "Ours" is `evaluateCorpus`, i.e. `IntentClassifier` with exactly the settings the bot runs: no per-corpus tuning.
 * NLP.js is `NlpManager` with its defaults (language 'en', logging off), as in NLP.js's published comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NlpManager } from 'node-nlp';
import { evaluateCorpus, NluCorpus } from '../src/evaluation/corpusEval';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { classificationReport, ClassificationReport } from '../src/evaluation/metrics';
import { fixed, machine, machineLine, mark, markdownTable, projectRoot, textTable, writeDocSection } from './lib';

const CORPORA_DIR = join(projectRoot, 'bench', 'corpora');
const CORPORA = ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'];

/** Overall F1 on the same three corpora and split, as published in the NLP.js documentation. */
const PUBLISHED_OVERALL_F1: Array<[string, number]> = [
  ['NLP.js', 0.93],
  ['IBM Watson', 0.92],
  ['Microsoft LUIS', 0.91],
  ['Rasa', 0.88],
  ['Dialogflow', 0.87],
];
const GOAL_OVERALL_F1 = 0.95;
/** Each system trains and tests this many times per corpus; times are the median, so JIT warm-up and noise do not decide. */
const REPEATS = 5;

interface SystemRun {
  report: ClassificationReport;
  /** The predicted intent of each test sentence, in corpus order. */
  predictions: string[];
  trainMs: number;
  /** Wall time to classify the test sentences, divided by their number. */
  msPerUtterance: number;
}

interface CorpusRun {
  name: string;
  trainingSize: number;
  testing: Array<{ text: string; intent: string }>;
  ours: SystemRun;
  nlpjs: SystemRun;
}

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

function runOurs(corpus: NluCorpus): SystemRun {
  const { trainMs, msPerUtterance, ...report } = evaluateCorpus(corpus);
  // evaluateCorpus reports totals only; the same training again gives the sentence-by-sentence answers.
  const classifier = IntentClassifier.train(corpus.sentences.filter((s) => s.training));
  const predictions = corpus.sentences.filter((s) => !s.training).map((s) => classifier.classify(s.text)[0].label);
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

/** Micro-F1 and time per utterance over all test sentences of all corpora. */
function overall(runs: CorpusRun[], system: 'ours' | 'nlpjs'): { n: number; correct: number; microF1: number; msPerUtterance: number } {
  const n = runs.reduce((sum, r) => sum + r[system].report.n, 0);
  const correct = runs.reduce((sum, r) => sum + r[system].report.correct, 0);
  const ms = runs.reduce((sum, r) => sum + r[system].msPerUtterance * r[system].report.n, 0);
  return { n, correct, microF1: correct / n, msPerUtterance: ms / n };
}

function summaryRows(runs: CorpusRun[]): { headers: string[]; rows: string[][] } {
  const headers = [
    'corpus',
    'train',
    'test',
    'ours F1',
    'NLP.js F1',
    'goal: ours ≥ NLP.js',
    'ours ms/utt',
    'NLP.js ms/utt',
    'ours train ms',
    'NLP.js train ms',
  ];
  const rows = runs.map((r) => [
    r.name,
    String(r.trainingSize),
    String(r.ours.report.n),
    `${fixed(r.ours.report.microF1, 3)} (${r.ours.report.correct})`,
    `${fixed(r.nlpjs.report.microF1, 3)} (${r.nlpjs.report.correct})`,
    mark(r.ours.report.correct >= r.nlpjs.report.correct),
    fixed(r.ours.msPerUtterance, 3),
    fixed(r.nlpjs.msPerUtterance, 3),
    fixed(r.ours.trainMs, 0),
    fixed(r.nlpjs.trainMs, 0),
  ]);
  const ours = overall(runs, 'ours');
  const nlpjs = overall(runs, 'nlpjs');
  rows.push([
    '**overall**',
    String(runs.reduce((s, r) => s + r.trainingSize, 0)),
    String(ours.n),
    `**${fixed(ours.microF1, 3)}** (${ours.correct})`,
    `**${fixed(nlpjs.microF1, 3)}** (${nlpjs.correct})`,
    mark(ours.correct >= nlpjs.correct),
    fixed(ours.msPerUtterance, 3),
    fixed(nlpjs.msPerUtterance, 3),
    fixed(
      runs.reduce((s, r) => s + r.ours.trainMs, 0),
      0,
    ),
    fixed(
      runs.reduce((s, r) => s + r.nlpjs.trainMs, 0),
      0,
    ),
  ]);
  return { headers, rows };
}

function perIntentRows(run: CorpusRun): { headers: string[]; rows: string[][] } {
  const headers = ['intent', 'n', 'ours P', 'ours R', 'ours F1', 'NLP.js P', 'NLP.js R', 'NLP.js F1'];
  const intents = [...new Set([...run.ours.report.perIntent, ...run.nlpjs.report.perIntent].map((s) => s.intent))].sort();
  const rows = intents.map((intent) => {
    const o = run.ours.report.perIntent.find((s) => s.intent === intent);
    const j = run.nlpjs.report.perIntent.find((s) => s.intent === intent);
    const cells = (s: typeof o) => (s ? [fixed(s.precision), fixed(s.recall), fixed(s.f1)] : ['–', '–', '–']);
    return [intent, String(o?.support ?? j?.support ?? 0), ...cells(o), ...cells(j)];
  });
  return { headers, rows };
}

/** Which test sentences each system gets wrong: shared errors bound what either can reach on this split. */
function errorOverlap(run: CorpusRun): { both: number; onlyOurs: number; onlyNlpjs: number } {
  let both = 0;
  let onlyOurs = 0;
  let onlyNlpjs = 0;
  run.testing.forEach((s, i) => {
    const oursWrong = run.ours.predictions[i] !== s.intent;
    const nlpjsWrong = run.nlpjs.predictions[i] !== s.intent;
    if (oursWrong && nlpjsWrong) both += 1;
    else if (oursWrong) onlyOurs += 1;
    else if (nlpjsWrong) onlyNlpjs += 1;
  });
  return { both, onlyOurs, onlyNlpjs };
}

function errorRows(runs: CorpusRun[]): string[][] {
  const rows = runs.map((r) => {
    const { both, onlyOurs, onlyNlpjs } = errorOverlap(r);
    return [r.name, String(r.testing.length), String(both), String(onlyOurs), String(onlyNlpjs)];
  });
  const total = (column: number) => String(rows.reduce((sum, row) => sum + Number(row[column]), 0));
  rows.push(['**overall**', total(1), total(2), total(3), total(4)]);
  return rows;
}

/** Every test sentence our classifier gets wrong, with NLP.js's answer beside it. */
function misclassifiedList(runs: CorpusRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    run.testing.forEach((s, i) => {
      if (run.ours.predictions[i] === s.intent) return;
      const nlpjs = run.nlpjs.predictions[i] === s.intent ? 'right' : `also wrong (${run.nlpjs.predictions[i]})`;
      lines.push(
        `- ${run.name.replace('Corpus', '')}: “${s.text.replace(/\|/g, '\\|')}” — labelled ${s.intent}, ours ${run.ours.predictions[i]}; NLP.js ${nlpjs}`,
      );
    });
  }
  return lines;
}

function markdown(runs: CorpusRun[], when: string): string {
  const ours = overall(runs, 'ours');
  const nlpjs = overall(runs, 'nlpjs');
  const summary = summaryRows(runs);
  const lines = [
    '## Intent classification (NLU)',
    '',
    `Command: \`npm run bench:nlu\` · ${when}`,
    '',
    'Both systems train on the `training: true` sentences of each corpus of Braun et al. (2017) and are tested on the rest',
    '(corpora, licence and citation in [`bench/corpora/`](../bench/corpora/README.md)). *Ours* is `IntentClassifier` through',
    '`evaluateCorpus`, with the settings the bot runs; *NLP.js* is `node-nlp` `NlpManager` with its defaults',
    '(language `en`, logging off), whose `process()` also applies its own 0.5 confidence floor to its built-in `None` intent.',
    'F1 is micro-F1, which equals accuracy for single-label classification (correct answers in brackets).',
    `Times are wall-clock on the machine above, the median of ${REPEATS} runs: ms/utt is the mean time to classify one test`,
    'sentence as each library is called (ours: tokenise, features, model; NLP.js: its whole `process()` pipeline),',
    'train ms the time to train.',
    '',
    markdownTable(summary.headers, summary.rows),
    '',
    '### Against the published figures and the goals',
    '',
    markdownTable(
      ['system', 'overall F1', 'source'],
      [
        ['ours (this run)', `**${fixed(ours.microF1, 3)}**`, 'measured'],
        ['NLP.js (this run)', fixed(nlpjs.microF1, 3), 'measured'],
        ...PUBLISHED_OVERALL_F1.map(([system, f1]) => [system, fixed(f1), 'published in the NLP.js docs, same corpora and split']),
      ],
      ['left', 'right', 'left'],
    ),
    '',
    markdownTable(
      ['goal', 'result', 'met'],
      [
        [`overall F1 ≥ ${GOAL_OVERALL_F1}`, fixed(ours.microF1, 3), mark(ours.microF1 >= GOAL_OVERALL_F1)],
        [
          'F1 ≥ NLP.js on every corpus',
          runs.map((r) => `${r.name.replace('Corpus', '')} ${r.ours.report.correct} vs ${r.nlpjs.report.correct}`).join(', '),
          mark(runs.every((r) => r.ours.report.correct >= r.nlpjs.report.correct)),
        ],
        [
          'time per utterance ≤ NLP.js',
          `${fixed(ours.msPerUtterance, 3)} vs ${fixed(nlpjs.msPerUtterance, 3)} ms`,
          mark(ours.msPerUtterance <= nlpjs.msPerUtterance),
        ],
      ],
      ['left', 'left', 'left'],
    ),
    '',
    '### Where the errors are',
    '',
    'Test sentences that both systems get wrong, and those only one of them does. Sentences both miss are mostly',
    'ones the training half gives no evidence for (a product or a verb it never saw) or whose label is debatable, so',
    'they bound what a classifier trained on this split can reach.',
    '',
    markdownTable(['corpus', 'test', 'both wrong', 'only ours wrong', 'only NLP.js wrong'], errorRows(runs)),
    '',
    '<details><summary>Every test sentence our classifier gets wrong</summary>',
    '',
    ...misclassifiedList(runs),
    '',
    '</details>',
    '',
    '### Per intent',
  ];
  for (const run of runs) {
    const table = perIntentRows(run);
    lines.push('', `**${run.name}** (${run.trainingSize} training, ${run.ours.report.n} test sentences)`, '', markdownTable(table.headers, table.rows));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const runs: CorpusRun[] = [];
  for (const name of CORPORA) {
    const corpus = readCorpus(name);
    const ours = await repeated(() => runOurs(corpus));
    const nlpjs = await repeated(() => runNlpJs(corpus));
    const testing = corpus.sentences.filter((s) => !s.training);
    runs.push({ name: corpus.name ?? name, trainingSize: corpus.sentences.filter((s) => s.training).length, testing, ours, nlpjs });
  }
  const when = machineLine(machine());
  const summary = summaryRows(runs);
  console.log(`NLU benchmark · ${when}\n`);
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
  writeDocSection('nlu', markdown(runs, when));
  console.log('\nWrote the NLU section of docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
