// Text tiles: subtitle and Markdown body, rendered safely.
import {el} from '../core/dom.js';
import {renderMarkdown} from '../core/markdown.js';

export function renderText(container, text) {
  container.append(el('div', {class: 'text-tile', dataset: {testid: 'text-tile'}},
    text && text.subtitle ? el('div', {class: 'subtitle'}, text.subtitle) : null,
    renderMarkdown(text ? text.body : '')));
  container.dataset.rendered = 'true';
  return () => {};
}
