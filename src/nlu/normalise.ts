/** Stage 1: turn whatever a channel delivered into clean text, or say why there is none. */

export type CleanInput = { kind: 'text'; text: string } | { kind: 'empty' } | { kind: 'too_long'; limit: number };

// C0/C1 controls, bidi overrides and zero-width characters: invisible, and a way to smuggle text past checks.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export function cleanInput(raw: unknown, maxLength: number): CleanInput {
  if (typeof raw !== 'string') return { kind: 'empty' };
  const text = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    // "saggy,will it tighten it?how many sessions": a question or clause typed without a space after its mark.
    .replace(/([,?!;])(?=\p{L})/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0) return { kind: 'empty' };
  if (text.length > maxLength) return { kind: 'too_long', limit: maxLength };
  return { kind: 'text', text };
}

const PRODUCT_STRENGTH =
  /\b\d+(\.\d+)? ?%(?= (\p{L}+ )?(bha|aha|pha|acids?|niacinamide|retinol|retinal|tretinoin|vitamin|hydroquinone|benzoyl|azelaic|cream|serum|liquid|gel|lotion|solution|toner)\b)/gu;

const MONEY = /[£$€₹]\s?\d+([.,]\d+)*k?\b|\b\d+([.,]\d+)*k? ?(dollars|bucks|pounds|quid|euros|rupees|usd|gbp|aud|cad)\b/g;

/**
 * The form every later stage reads: lower case, one kind of dash and apostrophe, no other punctuation, and
 * the domain's multi-word and chat spellings folded into one ("micro needling" → "microneedling", "wat" →
 * "what"), so training data, topic terms and user messages meet on the same words.
 */
export function variantsFolder(variants: Record<string, string>): (text: string) => string {
  // A word dropped wherever it stands ("gaano po kadalas": "po" only adds politeness) first, so the words around it meet,
  // but after a phrase that holds it ("how lang" is Scots for how long, where "lang" alone is Tagalog's "only"); then
  // longest first, so "micro-needling" is folded before "micro needle" could split it.
  const drops = new Set(Object.entries(variants).flatMap(([variant, canonical]) => (canonical === '' && !variant.includes(' ') ? [variant] : [])));
  const dropped = ([variant]: [string, string]) => (drops.has(variant) ? 1 : variant.split(' ').some((w) => drops.has(w)) ? 0 : 2);
  const ordered = Object.entries(variants).sort((a, b) => dropped(a) - dropped(b) || b[0].length - a[0].length);
  // A variant can only be in a message whose words include its first word: hundreds of variants, a dozen words.
  const byFirstWord = new Map<string, number[]>();
  ordered.forEach(([variant], rank) => {
    const first = variant.split(' ')[0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), rank]);
  });
  /** Ranks above `after` of the variants whose first word is a word of `text`, in fold order. */
  const candidates = (text: string, after: number): number[] => {
    const ranks: number[] = [];
    for (const word of text.split(' ')) for (const rank of byFirstWord.get(word) ?? []) if (rank > after) ranks.push(rank);
    // A word said twice lists its variants twice; trying one again finds nothing left to fold.
    return ranks.length > 1 ? ranks.sort((a, b) => a - b) : ranks;
  };
  return (text) => {
    let out = ` ${text
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u02BC`]/g, "'")
      // "A derma (skin) roller", "platelet-rich plasma (PRP)": a one-word aside glosses the words around it.
      .replace(/ ?\([\p{L}\p{N}'-]+\)/gu, '')
      // A pasted address says where the visitor saw something, not what they ask: "https://… she rolls weekly, ok?".
      .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' link ')
      // "1.0mm", "0.5 mm": a needle length, whatever its digits.
      .replace(/\b\d+(\.\d+)? ?mm\b/g, ' mm ')
      // "3x a week", "2x/month": a count of times.
      .replace(/\b(\d+)x\b/g, '$1 times')
      // "My 2% BHA liquid", "10% niacinamide": a product's strength names the product, not a rate of results.
      .replace(PRODUCT_STRENGTH, ' ')
      // "£180 a session", "is 300 bucks normal": an amount of money is a price.
      .replace(MONEY, ' price ')
      // "After a session, like how should my skin feel?": a "like" after a pause only hedges what follows.
      .replace(/,\s*like (?=how\b)/g, ', ')
      // "What % of people", "50%": a percentage is asked about, not punctuation.
      .replace(/%/g, ' percent ')
      .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
      .replace(/\s+/g, ' ')} `;
    let pending = candidates(out, -1);
    while (pending.length > 0) {
      const rank = pending[0];
      const [variant, canonical] = ordered[rank];
      const before = out;
      if (out.includes(` ${variant} `)) out = out.split(` ${variant} `).join(canonical === '' ? ' ' : ` ${canonical} `);
      // A canonical form may bring a word that starts a later variant ("dosnt" → "doesnt").
      pending = out === before ? pending.slice(1) : candidates(out, rank);
    }
    return out.trim();
  };
}
