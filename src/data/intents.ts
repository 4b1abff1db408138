import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intentsDir } from './paths';

export interface IntentData {
  intent: string;
  description: string;
  utterances: string[];
}

export interface TopicData {
  id: string;
  label: string;
  /** The intent a topic is about when a message names the topic and nothing else ("and pores?" with no context). */
  home_intent: string;
  terms: string[];
}

export interface DomainData {
  /** Phrases that make a message about microneedling whatever else it says. */
  anchors: string[];
  /** Words that suggest microneedling only when nothing else in the message points elsewhere ("sessions"). */
  weak_anchors: string[];
  /** Extra words the spelling corrector may correct towards. */
  vocabulary_extra: string[];
  /** Multi-word, hyphenated and chat spellings folded into one form before anything else reads the text. */
  spelling_variants: Record<string, string>;
}

export interface TrainingData {
  intents: IntentData[];
  topics: TopicData[];
  domain: DomainData;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function loadTrainingData(dir = intentsDir): TrainingData {
  const intents = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson<IntentData>(join(dir, name)));
  for (const data of intents) {
    if (typeof data.intent !== 'string' || !Array.isArray(data.utterances) || data.utterances.length === 0) {
      throw new Error(`intents: ${data.intent ?? '(unnamed)'} needs an intent name and utterances`);
    }
  }
  const { topics } = readJson<{ topics: TopicData[] }>(join(dir, 'entities', 'topics.json'));
  const domain = readJson<DomainData>(join(dir, 'entities', 'domain.json'));
  return { intents, topics, domain };
}
