import type { Content } from './content';
import type { TrainingData } from './intents';
import type { DecisionPolicy } from './policy';

/**
 * Checks what the schemas cannot: that intents, topics and answers name each other correctly. Returns one
 * line per problem; start-up refuses to run with any.
 */
export function referenceProblems(data: TrainingData, content: Content, policy?: DecisionPolicy): string[] {
  const problems: string[] = [];
  const intents = new Map(data.intents.map((i) => [i.intent, i]));
  for (const intent of data.intents) {
    if (intent.role === 'answer' && !content.answers[intent.intent])
      problems.push(`intents/${intent.intent}.json: answering intent with no entry in content/answers.json`);
    if (intent.role === 'conversational' && !content.messages[intent.intent])
      problems.push(`intents/${intent.intent}.json: conversational intent with no message in content/answers.json`);
  }
  for (const topic of data.topics) {
    const home = intents.get(topic.home_intent);
    if (!home) problems.push(`intents/entities/topics.json: topic ${topic.id} has unknown home_intent "${topic.home_intent}"`);
    if (topic.related && !content.answers[topic.related.intent])
      problems.push(`intents/entities/topics.json: topic ${topic.id} relates to "${topic.related.intent}", which has no answer`);
    if (topic.related?.topic && !content.answers[topic.related.intent]?.topics?.[topic.related.topic]) {
      problems.push(`intents/entities/topics.json: topic ${topic.id} relates to ${topic.related.intent}.${topic.related.topic}, which has no answer`);
    }
  }
  for (const topic of data.topics)
    for (const intent of topic.unlike)
      if (!content.answers[intent]) problems.push(`intents/entities/topics.json: topic ${topic.id} is unlike "${intent}", which has no answer`);
  const ids = new Set(data.topics.map((t) => t.id));
  for (const topic of data.topics)
    if (topic.counted_as && !ids.has(topic.counted_as))
      problems.push(`intents/entities/topics.json: topic ${topic.id} is counted as "${topic.counted_as}", which is no topic`);
  problems.push(...vanishingWords(data));
  for (const key of ['acknowledgement_intent', 'greeting_intent', 'goodbye_intent'] as const)
    if (policy && intents.get(policy[key])?.role !== 'conversational')
      problems.push(`intents/policy/decisions.json: ${key} "${policy[key]}" is not a conversational intent`);
  const topicIds = new Set(data.topics.map((t) => t.id));
  for (const [intent, entry] of Object.entries(content.answers)) {
    for (const topic of Object.keys(entry.topics ?? {})) {
      if (!topicIds.has(topic)) problems.push(`content/answers.json: answers.${intent}.topics.${topic} names no topic in intents/entities/topics.json`);
    }
  }
  return problems;
}

/**
 * Topic terms are matched after spelling variants fold the message, so a word a variant deletes ("actually", "lol")
 * never reaches the matcher: "actually damages the skin" would match "damages the skin", a different question.
 */
function vanishingWords(data: TrainingData): string[] {
  const deleted = Object.entries(data.domain.spelling_variants)
    .filter(([, to]) => to === '')
    .map(([from]) => from);
  // Thousands of terms: a deleted word is looked up among a term's words, a deleted phrase searched for in it.
  const words = new Set(deleted.filter((d) => !d.includes(' ')));
  const phrases = deleted.filter((d) => d.includes(' '));
  return data.topics.flatMap((topic) =>
    topic.terms.flatMap((term) =>
      [...term.split(' ').filter((word) => words.has(word)), ...phrases.filter((phrase) => ` ${term} `.includes(` ${phrase} `))].map(
        (word) => `intents/entities/topics.json: topic ${topic.id} term "${term}" contains "${word}", which spelling_variants delete`,
      ),
    ),
  );
}

export function assertReferences(data: TrainingData, content: Content, policy: DecisionPolicy): void {
  const problems = referenceProblems(data, content, policy);
  if (problems.length > 0) throw new Error(`The bot's data does not fit together:\n  ${problems.join('\n  ')}`);
}
