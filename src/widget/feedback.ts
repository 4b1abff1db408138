import { el, icon } from './dom';
import type { Entry, Rating } from './storage';

export interface FeedbackHandlers {
  vote(entryId: string, rating: Rating, comment?: string): void;
}

const MAX_COMMENT = 500;

/**
 * Thumbs up / down under an answer: labelled toggle buttons (aria-pressed), one click to change the vote; after a
 * thumbs down, an optional one-line "what were you looking for?" sent with the same vote.
 */
export function feedbackControls(entry: Entry, handlers: FeedbackHandlers): HTMLElement {
  const box = el('div', 'feedback', { role: 'group', 'aria-label': 'Was this answer helpful?' });
  const up = el('button', 'vote up', { type: 'button', 'aria-label': 'Helpful', 'aria-pressed': 'false', title: 'Helpful' });
  const down = el('button', 'vote down', { type: 'button', 'aria-label': 'Not helpful', 'aria-pressed': 'false', title: 'Not helpful' });
  up.appendChild(icon('up'));
  down.appendChild(icon('down'));
  const form = el('form', 'comment', { novalidate: '' });
  const inputId = `comment-${entry.id}`;
  const input = el('input', 'comment-input', { id: inputId, type: 'text', maxlength: String(MAX_COMMENT), autocomplete: 'off' });
  form.append(
    el('label', 'comment-label', { for: inputId }, 'What were you looking for? (optional)'),
    input,
    el('button', 'comment-send', { type: 'submit' }, 'Send'),
  );
  form.hidden = true;
  const thanks = el('span', 'thanks', { role: 'status' });
  up.addEventListener('click', () => handlers.vote(entry.id, 'up'));
  down.addEventListener('click', () => {
    handlers.vote(entry.id, 'down');
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // An empty line counts as "no comment": the form closes either way.
    handlers.vote(entry.id, 'down', input.value.trim());
  });
  box.append(up, down, thanks, form);
  showVote(box, entry);
  return box;
}

/** Reflects the entry's vote: pressed states, and the comment line while a thumbs down has none yet. */
export function showVote(box: HTMLElement, entry: Entry): void {
  const up = box.querySelector<HTMLButtonElement>('.up');
  const down = box.querySelector<HTMLButtonElement>('.down');
  const form = box.querySelector<HTMLFormElement>('.comment');
  const thanks = box.querySelector<HTMLElement>('.thanks');
  if (!up || !down || !form || !thanks) return;
  up.setAttribute('aria-pressed', String(entry.vote === 'up'));
  down.setAttribute('aria-pressed', String(entry.vote === 'down'));
  const asking = entry.vote === 'down' && !entry.commented;
  form.hidden = !asking;
  const text = entry.vote === undefined || asking ? '' : 'Thank you for the feedback.';
  if (thanks.textContent !== text) thanks.textContent = text;
}
