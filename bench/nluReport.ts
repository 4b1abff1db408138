/** The NLU benchmark's tables: the terminal's and the Markdown section of docs/benchmarks.md. */
import type { ClassificationReport } from '../src/evaluation/metrics';
import { describeSettings } from '../src/nlu/classifierSettings';
import { fixed, mark, markdownTable } from './lib';
import { NONE_FLOORS, Selection, selectionTable } from './nluSelection';

/** Overall F1 on the same three corpora and split, as published in the NLP.js documentation. */
export const PUBLISHED_OVERALL_F1: Array<[string, number]> = [
  ['NLP.js', 0.93],
  ['IBM Watson', 0.92],
  ['Microsoft LUIS', 0.91],
  ['Rasa', 0.88],
  ['Dialogflow', 0.87],
];
export const GOAL_OVERALL_F1 = 0.935;
/** Each system trains and tests this many times per corpus; times are the median, so JIT warm-up and noise do not decide. */
export const REPEATS = 5;

export interface SystemRun {
  report: ClassificationReport;
  /** The predicted intent of each test sentence, in corpus order. */
  predictions: string[];
  trainMs: number;
  /** Wall time to classify the test sentences, divided by their number. */
  msPerUtterance: number;
}

export interface CorpusRun {
  name: string;
  trainingSize: number;
  testing: Array<{ text: string; intent: string }>;
  ours: SystemRun;
  nlpjs: SystemRun;
  selection: Selection;
}

/** Micro-F1 and time per utterance over all test sentences of all corpora. */
function overall(runs: CorpusRun[], system: 'ours' | 'nlpjs'): { n: number; correct: number; microF1: number; msPerUtterance: number } {
  const n = runs.reduce((sum, r) => sum + r[system].report.n, 0);
  const correct = runs.reduce((sum, r) => sum + r[system].report.correct, 0);
  const ms = runs.reduce((sum, r) => sum + r[system].msPerUtterance * r[system].report.n, 0);
  return { n, correct, microF1: correct / n, msPerUtterance: ms / n };
}

export function summaryRows(runs: CorpusRun[]): { headers: string[]; rows: string[][] } {
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

export function perIntentRows(run: CorpusRun): { headers: string[]; rows: string[][] } {
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

export function markdown(runs: CorpusRun[], bot: Selection, when: string): string {
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
    "`evaluateCorpus`, the bot's classifier, with the settings cross-validation on that corpus's training sentences chose",
    '([below](#how-the-settings-were-chosen)); *NLP.js* is `node-nlp` `NlpManager` with its defaults',
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
    ...selectionSection(runs, bot),
    '',
    '### Per intent',
  ];
  for (const run of runs) {
    const table = perIntentRows(run);
    lines.push('', `**${run.name}** (${run.trainingSize} training, ${run.ours.report.n} test sentences)`, '', markdownTable(table.headers, table.rows));
  }
  return lines.join('\n');
}

function selectionSection(runs: CorpusRun[], bot: Selection): string[] {
  const first = runs[0]?.selection;
  const lines = [
    '### How the settings were chosen',
    '',
    `Per corpus, by stratified ${first?.folds ?? 10}-fold cross-validation on its training sentences only; the test sentences`,
    "play no part. The candidates are the bot's settings and the bot's settings with one thing changed (Lancaster stems",
    'or WordNet lemmas for Porter stems, no or longer character n-grams, heavier n-grams, no word pairs, sublinear term frequency, no IDF, L2',
    'ten times weaker or ten and a hundred times stronger, class-balanced training). Where a corpus has a `None` intent,',
    `a probability floor below which \`None\` is answered (${NONE_FLOORS.join(', ')}) is fitted on the same out-of-fold`,
    "predictions. Rule: the bot's settings stay unless the best candidate (most right, then lowest log-loss) beats them",
    'by more than one standard error of its accuracy, since on 30 to 100 sentences most differences are one or two',
    'sentences, which is noise. The *test right* column is computed after the choice, for each candidate with its best',
    'floor, to show how far cross-validation on so few sentences predicts the test half.',
  ];
  for (const run of runs) {
    const table = selectionTable(run.selection);
    lines.push('', `**${run.name}**: chosen ${describeSettings(run.selection.chosen.settings)}`, '', markdownTable(table.headers, table.rows));
  }
  const table = selectionTable(bot);
  lines.push(
    '',
    "#### The bot's classifier",
    '',
    `The same candidates and rule on the bot's own training sentences (\`intents/\`, ${bot.n} utterances, ${bot.folds} folds: each`,
    `candidate trains ${bot.folds} times on about ${Math.round((bot.n * (bot.folds - 1)) / bot.folds)} sentences), with the words the bot makes of a sentence (spelling variants`,
    'folded). Its held-out questions are `eval/`, scored by `npm run eval`.',
    bot.chosen === bot.scores[0]
      ? `Cross-validation keeps the bot's settings (${describeSettings(bot.chosen.settings)}): no candidate beats them by a standard error.`
      : `Cross-validation prefers ${describeSettings(bot.chosen.settings)}; the bot still runs ${describeSettings(bot.scores[0].settings)} until \`npm run eval\` confirms the change.`,
    '',
    markdownTable(table.headers, table.rows),
  );
  return lines;
}
