/**
 * `npm run bench:retrieval`: how far plain passage retrieval gets on the real visitors' questions, for
 * comparison with the bot. Each question is answered with the article sentence that natural's TF-IDF ranks
 * first, or "not covered" when the best score is under a threshold; every threshold is tried and the best
 * reported, which flatters retrieval. Judged exactly as `npm run eval` judges the bot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TfIdf } from 'natural/lib/natural/tfidf';
import { MicroneedlingBot, Reply } from '../src/bot';
import { evaluateRealQuestions, judge, RealQuestionSet } from '../src/evaluation/realQuestions';
import { projectRoot } from './lib';

const set = JSON.parse(readFileSync(join(projectRoot, 'eval', 'real-questions.json'), 'utf8')) as RealQuestionSet;
const article = readFileSync(join(projectRoot, 'content', 'article.txt'), 'utf8');
const sentences = article
  .split(/(?<=[.?!:])\s+|\n+/)
  .map((s) => s.trim())
  .filter((s) => s.split(/\s+/).length >= 4);

const index = new TfIdf();
for (const sentence of sentences) index.addDocument(sentence.toLowerCase());

function best(question: string): { sentence: string; score: number } {
  let top = { sentence: '', score: 0 };
  index.tfidfs(question.toLowerCase(), (i, score) => {
    if (score > top.score) top = { sentence: sentences[i], score };
  });
  return top;
}

const ranked = set.questions.map((q) => ({ q, ...best(q.text) }));
const reply = (intent: string, text: string): Reply => ({ intent, text, suggestions: [] });
let bestRun = { threshold: 0, passed: 0 };
for (let threshold = 0; threshold <= 15; threshold += 0.25) {
  const passed = ranked.filter(({ q, sentence, score }) => !judge(q, [score >= threshold ? reply('answer', sentence) : reply('not_covered', '')])).length;
  if (passed > bestRun.passed) bestRun = { threshold, passed };
}
const bot = evaluateRealQuestions(new MicroneedlingBot(), set);
const pct = (n: number) => `${((n / set.questions.length) * 100).toFixed(1)}%`;
console.log(`Real visitors' questions: ${set.questions.length}, ${sentences.length} article sentences indexed`);
console.log(`TF-IDF retrieval, best threshold ${bestRun.threshold}: ${bestRun.passed} right (${pct(bestRun.passed)})`);
console.log(`The bot (understand → ground → decide → compose): ${bot.passed} right (${pct(bot.passed)})`);
