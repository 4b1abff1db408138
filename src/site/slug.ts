/**
 * The id of an article heading, as the demo page gives it and as source links point to it (`ARTICLE_URL#id`):
 * lower case, accents dropped, every run of other characters one hyphen. The same rule as common blog and
 * Markdown tools, so a site owner's own article page usually has the same ids.
 */
export function slug(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
