function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Personal data taken out of a question before it is stored. Order matters: URLs first (they can contain
 * e-mail addresses and digits), then e-mail addresses, then card-like numbers before phone numbers (a card
 * number would otherwise read as a long phone number).
 */
const RULES: Array<[RegExp, (match: string) => string]> = [
  // A URL keeps its address but loses its query string and fragment, where tokens and e-mail addresses travel.
  [/\b((?:https?:\/\/|www\.)[^\s?#]+)[?#]\S*/gi, (match) => `${match.replace(/[?#].*$/, '')}?[redacted]`],
  [/[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)+/gi, () => '[email]'],
  // 13 to 19 digits, optionally grouped by spaces or dashes, with a valid Luhn check digit: payment card numbers.
  [/\b\d(?:[ -]?\d){12,18}\b/g, (match) => (luhnValid(match.replace(/\D/g, '')) ? '[card]' : match)],
  // Seven or more digits with the usual phone punctuation, optionally with a leading + country code.
  [/(?:\+|\b00)?\(?\d[\d\s().-]{5,}\d\b/g, (match) => (match.replace(/\D/g, '').length >= 7 ? '[phone]' : match)],
];

export function redact(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
