import { el, icon } from './dom';

/**
 * The header's "More options" menu button and its one item, "Delete my conversation" (menu button pattern:
 * aria-expanded, Escape and a click elsewhere close it).
 */
export function optionsMenu(onForget: () => void): HTMLElement {
  const wrap = el('div', 'options');
  const button = el('button', 'icon-btn more', {
    type: 'button',
    'aria-label': 'More options',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': 'options-menu',
  });
  button.appendChild(icon('more'));
  const menu = el('div', 'menu', { id: 'options-menu', role: 'menu', 'aria-label': 'More options' });
  const forget = el('button', 'menu-item', { type: 'button', role: 'menuitem' }, 'Delete my conversation');
  menu.appendChild(forget);
  menu.hidden = true;
  const toggle = (open: boolean) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) forget.focus();
  };
  button.addEventListener('click', () => toggle(menu.hidden));
  forget.addEventListener('click', () => {
    toggle(false);
    button.focus();
    onForget();
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    toggle(false);
    button.focus();
  });
  wrap.addEventListener('focusout', (event) => {
    if (!wrap.contains(event.relatedTarget as Node | null)) toggle(false);
  });
  wrap.append(button, menu);
  return wrap;
}
