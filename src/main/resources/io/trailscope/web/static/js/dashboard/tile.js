// One dashboard card: title, actions, a loading state, the visualisation, or the error of this tile alone.
import {api, ApiError} from '../core/api.js';
import {el, testid} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {renderText} from '../vis/text.js';
import {renderVisualisation} from '../vis/index.js';
import {openDrill} from '../drill/drill-modal.js';
import {openEvent} from '../drill/event-modal.js';
import {exploreUrl, queryBody} from '../explore/query-url.js';
import {placeTile} from './layout.js';

/** dashboard: {name, filterBy(column, value, element), canFilter(column, element)}. */
export function createTile(element, dashboard) {
  const id = testid(element.name);
  const actions = el('div', {class: 'tile-actions'});
  const meta = el('span', {class: 'tile-meta muted small', dataset: {testid: 'tile-meta'}});
  const title = element.type === 'text' ? (element.text && element.text.title) || element.title : element.title;
  const body = el('div', {class: 'tile-body'});
  const card = el('section', {class: 'tile tile-' + element.type, dataset: {testid: 'tile', tile: element.name,
    tileId: id, type: element.type, state: 'loading'}, 'aria-label': title || element.name},
  el('header', {class: 'tile-head'}, el('h3', {class: 'tile-title', title: title || ''}, title || ''), meta, actions),
  body);
  placeTile(card, element);
  let dispose = () => {};
  let generation = 0;
  let lastResponse = null;

  function setState(state) {
    card.dataset.state = state;
  }

  async function load(state, options = {}) {
    const mine = ++generation;
    dispose();
    dispose = () => {};
    if (element.type === 'text' || !element.query) {
      body.replaceChildren();
      dispose = renderText(body, element.text || {body: ''});
      setState('ready');
      return;
    }
    setState('loading');
    body.replaceChildren(el('div', {class: 'loading', dataset: {testid: 'loading'}}, el('span', {class: 'spinner'}), 'Running…'));
    let response;
    try {
      response = await api.tile(dashboard.name, element.name, tileBody(state), Boolean(options.refresh));
      if (response.error) throw new ApiError(200, response.error);
    } catch (error) {
      if (mine !== generation) return;
      body.replaceChildren(errorBox(error, 'tile-error'));
      meta.textContent = '';
      actions.replaceChildren();
      setState('error');
      return;
    }
    if (mine !== generation) return;
    lastResponse = response;
    draw(response, state);
  }

  async function draw(response, state) {
    const mine = generation;
    dispose();
    body.replaceChildren();
    meta.textContent = `${response.rows.length}${response.truncated ? '+' : ''} rows · ${response.runtimeMs ?? '?'} ms`
      + (response.cached ? ' · cached' : '');
    meta.dataset.cached = String(Boolean(response.cached));
    meta.title = [response.cached && response.cachedAt ? 'Cached result of ' + response.cachedAt
      + '; Reload runs it again' : '', ...(response.notes || [])].filter(Boolean).join('\n');
    const query = response.query || element.query;
    actions.replaceChildren(
      el('a', {class: 'icon-button small', href: exploreUrl(state.timeZone ? Object.assign({}, query, {timeZone: state.timeZone}) : query, element.type),
        title: 'Explore from here', 'aria-label': 'Explore from here', dataset: {testid: 'explore-from-here'}}, '↗'),
      el('a', {class: 'icon-button small', href: api.downloadUrl('csv', queryBody(query)), download: '',
        title: 'Download CSV', 'aria-label': 'Download CSV', dataset: {testid: 'tile-download'}}, '⤓'));
    if (response.notes && response.notes.length) {
      body.append(el('div', {class: 'note', dataset: {testid: 'tile-notes'}}, response.notes.join(' ')));
    }
    const canvas = el('div', {class: 'vis'});
    body.append(canvas);
    try {
      const result = await renderVisualisation(canvas, response, {
        type: element.type,
        title,
        visual: element.visual || {},
        hiddenFields: (query && query.hiddenFields) || (element.query && element.query.hiddenFields) || [],
        onDrill: (rowIndex, column) => openDrill(response, query, rowIndex, column, state.timeZone),
        onEvent: openEvent,
        onFilter: (column, value) => dashboard.filterBy(column, value, element),
        canFilter: (column) => dashboard.canFilter(column, element),
      });
      if (mine !== generation) {
        if (typeof result === 'function') result();
        return;
      }
      dispose = typeof result === 'function' ? result : () => {};
      setState('ready');
    } catch (error) {
      body.replaceChildren(errorBox({message: 'This tile could not be drawn: ' + error.message, code: 'UI_RENDER'},
        'tile-error'));
      setState('error');
    }
  }

  return {
    card,
    element,
    load,
    redraw: (state) => {
      if (lastResponse) draw(lastResponse, state);
      else if (element.type === 'text') load(state);
    },
    dispose: () => {
      generation++;
      dispose();
    },
  };
}

/** The tile request: every dashboard filter value, and the time zone only when the user chose one. */
function tileBody(state) {
  return state.timeZone ? {filters: state.filters, timeZone: state.timeZone} : {filters: state.filters};
}
