// The explores to pick from: on the home page, and at /explore (client-side only).
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';

export async function chooseExplore(page) {
  document.title = 'Explore · trailscope';
  const list = el('div', {class: 'card-list', dataset: {testid: 'explore-list'}});
  page.append(el('div', {class: 'page-pad'}, el('h1', {}, 'Explore'), list));
  listExplores(list);
  return () => {};
}

export async function listExplores(list) {
  list.replaceChildren(el('div', {class: 'loading'}, 'Loading…'));
  try {
    const explores = (await api.explores()).filter((e) => !e.hidden);
    list.replaceChildren(...explores.map((e) => el('a', {class: 'card', dataset: {testid: 'explore-link', name: e.name},
      href: exploreHref(e)},
    el('div', {class: 'card-title'}, e.label || e.name),
    e.description ? el('div', {class: 'muted small'}, e.description) : null,
    el('div', {class: 'muted small mono'}, `${e.model}::${e.name}`))));
  } catch (error) {
    list.replaceChildren(errorBox(error));
  }
}

export function exploreHref(explore) {
  return `/explore/${encodeURIComponent(explore.model)}/${encodeURIComponent(explore.name)}`;
}
