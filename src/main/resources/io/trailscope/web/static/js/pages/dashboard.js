// A dashboard: title, filters bar, and the tiles in Looker's newspaper layout, each loading on its own.
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {onThemeChange} from '../core/theme.js';
import {filtersBar} from '../dashboard/filters-bar.js';
import {readingOrder} from '../dashboard/layout.js';
import {createTile} from '../dashboard/tile.js';
import {exactExpression, readState, writeState} from '../dashboard/url-state.js';

export async function renderDashboard(page, name) {
  page.append(el('div', {class: 'loading', dataset: {testid: 'loading'}}, 'Loading the dashboard…'));
  let definition;
  try {
    definition = await api.dashboard(name);
  } catch (error) {
    page.replaceChildren(el('div', {class: 'page-pad'}, errorBox(error, 'dashboard-error')));
    return () => {};
  }
  document.title = definition.title + ' · trailscope';
  let state = readState(definition);
  const context = {name: definition.name, filterBy, canFilter};
  const tiles = readingOrder(definition.elements || []).map((element) => createTile(element, context));
  const bar = filtersBar(definition, state, change, refreshAll);
  const grid = el('div', {class: 'newspaper', dataset: {testid: 'dashboard-grid'}}, tiles.map((t) => t.card));
  page.replaceChildren(el('div', {class: 'dashboard', dataset: {testid: 'dashboard', dashboard: definition.name}},
    el('div', {class: 'page-head'}, el('h1', {dataset: {testid: 'dashboard-title'}}, definition.title),
      definition.description ? el('p', {class: 'muted'}, definition.description) : null),
    bar.node, grid));
  loadAll();

  function loadAll() {
    for (const tile of tiles) tile.load(state);
  }

  /** Reload: every query runs again on the engine instead of answering from the server's result cache. */
  function refreshAll() {
    for (const tile of tiles) tile.load(state, {refresh: true});
  }

  function change(partial) {
    state = {filters: Object.assign({}, state.filters, partial.filters || {}),
      timeZone: partial.timeZone !== undefined ? partial.timeZone : state.timeZone};
    writeState(definition, state, true);
    bar.update(state);
    loadAll();
  }

  /** The dashboard filter that a click on this column's value can set, if any. */
  function filterFor(column, element) {
    const listen = (element.query && element.query.listen) || {};
    return (definition.filters || []).find((filter) => listen[filter.name] === column.field)
      || (definition.filters || []).find((filter) => filter.field === column.field && filter.type !== 'date_filter');
  }

  function canFilter(column, element) {
    return Boolean(filterFor(column, element));
  }

  function filterBy(column, value, element) {
    const filter = filterFor(column, element);
    if (filter) change({filters: {[filter.name]: exactExpression(value)}});
  }

  const onKey = (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if (!typing && event.key === 'r' && !event.metaKey && !event.ctrlKey && !document.querySelector('.backdrop')) refreshAll();
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = onThemeChange(() => tiles.forEach((t) => t.redraw(state)));
  return () => {
    document.removeEventListener('keydown', onKey);
    unsubscribe();
    tiles.forEach((t) => t.dispose());
  };
}
