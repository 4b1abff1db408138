import type { Understanding } from '../../src/nlu/understand';

/** An understanding with nothing recognised in it, for the decide stage's tests to fill in what they are about. */
export function understanding(partial: Partial<Understanding>): Understanding {
  return {
    text: '',
    words: [],
    intent: 'unclear',
    confidence: 0.9,
    ranking: [],
    topics: [],
    mentioned: [],
    asides: [],
    elliptical: false,
    anchored: false,
    hinted: false,
    weaklyAnchored: false,
    foreignWords: [],
    foreignPhrases: [],
    otherLanguage: false,
    otherScript: false,
    reportsClaim: false,
    acknowledgesOnly: false,
    letDown: false,
    callsOut: false,
    alone: true,
    ...partial,
  };
}
