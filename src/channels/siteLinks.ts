import type { Reply } from '../answers/compose';
import type { SiteLinks } from '../config';
import { slug } from '../site/slug';

/**
 * What a reply links to, added before any channel renders it, in the Markdown subset every renderer converts
 * (a link in the widget, Slack, Teams and Webex; "label (url)" in SMS and Messenger): the article section a
 * factual answer comes from, and the site's contact when the article cannot help. The core's replies stay
 * free of site settings.
 */
export function withSiteLinks(reply: Reply, site: SiteLinks): Reply {
  if (reply.intent === 'contact') return contactReply(reply, site);
  const additions = [
    reply.section && sourceLine(reply.section, site.articleUrl),
    reply.intent === 'not_covered' && hasContact(site) && `If you'd like to ask a person, ${contactOptions(site)}.`,
  ].filter((line): line is string => typeof line === 'string');
  return additions.length === 0 ? reply : { ...reply, text: [reply.text, ...additions].join('\n\n') };
}

export function sourceLine(section: string, articleUrl: string | undefined): string {
  const label = `the article, section “${section}”`;
  return articleUrl ? `Source: [${label}](${articleUrl}#${slug(section)})` : `Source: ${label}`;
}

function hasContact(site: SiteLinks): boolean {
  return Boolean(site.contactUrl || site.contactEmail);
}

/** "use [the contact page](…) or write to [a@b](mailto:a@b)". */
function contactOptions({ contactUrl, contactEmail }: SiteLinks): string {
  const options = [contactUrl && `use [the contact page](${contactUrl})`, contactEmail && `write to [${contactEmail}](mailto:${contactEmail})`].filter(Boolean);
  return options.join(' or ');
}

/** Without a configured contact, the content's own message (no contact set up; ask a dermatologist) stands. */
function contactReply(reply: Reply, site: SiteLinks): Reply {
  if (!hasContact(site)) return reply;
  return {
    ...reply,
    text: `To reach a person from this site, ${contactOptions(site)}. For medical advice about your skin, a dermatologist is the right person to ask.`,
  };
}
