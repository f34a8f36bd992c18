// Explore: pick fields, filter, sort, pivot, choose a chart, see the SQL, run, download.
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {onThemeChange} from '../core/theme.js';
import {openDrill} from '../drill/drill-modal.js';
import {openEvent} from '../drill/event-modal.js';
import {fieldIndex, fieldPicker} from '../explore/field-picker.js';
import {queryEditor} from '../explore/query-editor.js';
import {exploreUrl, queryBody, queryFromUrl, visFromUrl} from '../explore/query-url.js';
import {renderTable} from '../vis/table.js';
import {renderVisualisation, VISUALISATIONS} from '../vis/index.js';
import {chooseExplore} from '../explore/explore-list.js';

export async function renderExplore(page, model, exploreName) {
  if (!exploreName) return chooseExplore(page);
  page.append(el('div', {class: 'loading', dataset: {testid: 'loading'}}, 'Loading the explore…'));
  let explore;
  try {
    explore = await api.explore(model, exploreName);
  } catch (error) {
    page.replaceChildren(el('div', {class: 'page-pad'}, errorBox(error, 'explore-error')));
    return () => {};
  }
  document.title = explore.label + ' · Explore · trailscope';
  const fields = fieldIndex(explore);
  const fromUrl = queryFromUrl();
  const query = Object.assign({model: explore.model, explore: explore.name, fields: [], filters: Object.assign({}, explore.alwaysFilter || {}),
    sorts: [], pivots: [], limit: 500}, fromUrl || {});
  let vis = visFromUrl() || 'table';
  let lastResponse = null;
  let dispose = () => {};

  const picker = fieldPicker(explore, {
    isSelected: (id) => query.fields.includes(id),
    isPivot: (id) => (query.pivots || []).includes(id),
    toggle: (field) => {
      query.fields = query.fields.includes(field.id) ? query.fields.filter((f) => f !== field.id) : [...query.fields, field.id];
      if (!query.fields.includes(field.id)) query.pivots = (query.pivots || []).filter((f) => f !== field.id);
      changed();
    },
    filter: (field) => {
      if (!(field.id in query.filters)) query.filters[field.id] = '';
      changed();
      const input = document.querySelector(`[data-testid="explore-filter-${CSS.escape(field.id)}"]`);
      if (input) input.focus();
    },
    pivot: (field) => {
      const pivots = query.pivots || [];
      query.pivots = pivots.includes(field.id) ? pivots.filter((f) => f !== field.id) : [...pivots, field.id];
      if (!query.fields.includes(field.id)) query.fields.push(field.id);
      changed();
    },
  });
  const editor = queryEditor(query, fields, changed);
  const visSelect = el('select', {'aria-label': 'Visualisation', dataset: {testid: 'vis-select'}},
    VISUALISATIONS.map(([value, label]) => el('option', {value, selected: value === vis}, label)));
  visSelect.addEventListener('change', () => {
    vis = visSelect.value;
    writeUrl(false);
    if (lastResponse) drawResults(lastResponse);
  });
  const limit = el('input', {type: 'number', min: '1', max: '5000', value: String(query.limit || 500), class: 'limit',
    'aria-label': 'Row limit', dataset: {testid: 'limit'}});
  limit.addEventListener('change', () => {
    query.limit = Math.max(1, Math.min(5000, Number(limit.value) || 500));
    limit.value = String(query.limit);
    changed();
  });
  const zone = el('input', {type: 'text', class: 'time-zone', value: query.timeZone || 'UTC', list: 'explore-zones',
    'aria-label': 'Time zone', dataset: {testid: 'explore-time-zone'}});
  zone.addEventListener('change', () => {
    query.timeZone = zone.value.trim() || 'UTC';
    changed();
  });
  const run = el('button', {type: 'button', class: 'button primary', title: 'Run (Ctrl+Enter)', dataset: {testid: 'run'}}, 'Run');
  run.addEventListener('click', () => execute(true));
  const csv = el('a', {class: 'button', download: '', dataset: {testid: 'download-csv'}}, 'CSV');
  const json = el('a', {class: 'button', download: '', dataset: {testid: 'download-json'}}, 'JSON');
  const status = el('span', {class: 'muted small', dataset: {testid: 'run-status'}, role: 'status'});
  const results = el('div', {class: 'explore-results', dataset: {testid: 'explore-results'}},
    el('div', {class: 'empty'}, 'Pick fields, then Run.'));
  const sql = el('pre', {class: 'sql', dataset: {testid: 'sql'}}, '');
  const sqlPanel = el('details', {class: 'sql-panel', dataset: {testid: 'sql-panel'}}, el('summary', {}, 'SQL'), sql);
  sqlPanel.addEventListener('toggle', () => {
    if (sqlPanel.open) showSql();
  });

  page.append(el('div', {class: 'explore', dataset: {testid: 'explore'}},
    el('aside', {class: 'explore-side'},
      el('div', {class: 'explore-name'}, el('a', {href: '/', class: 'muted small'}, 'Home'), el('h1', {}, explore.label)),
      picker.node),
    el('section', {class: 'explore-main'},
      el('div', {class: 'toolbar'}, run, visSelect,
        el('label', {class: 'inline'}, 'Limit ', limit),
        el('label', {class: 'inline'}, 'Time zone ', zone,
          el('datalist', {id: 'explore-zones'}, ['UTC', Intl.DateTimeFormat().resolvedOptions().timeZone].map((z) => el('option', {value: z})))),
        status, el('span', {class: 'spacer'}), csv, json),
      editor.node, results, sqlPanel)));
  page.querySelector('.loading')?.remove();
  updateLinks();

  const onKey = (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      document.activeElement?.dispatchEvent(new Event('change'));
      execute(true);
    }
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = onThemeChange(() => {
    if (lastResponse) drawResults(lastResponse);
  });
  if (fromUrl && query.fields.length) execute(false);

  function changed() {
    picker.refresh();
    editor.refresh();
    updateLinks();
    writeUrl(false);
    if (sqlPanel.open) showSql();
  }

  function body() {
    return queryBody(query);
  }

  function updateLinks() {
    csv.href = api.downloadUrl('csv', body());
    json.href = api.downloadUrl('json', body());
  }

  function writeUrl(push) {
    const url = exploreUrl(body(), vis);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async function showSql() {
    if (!query.fields.length) {
      sql.textContent = '-- pick a field first';
      return;
    }
    try {
      sql.textContent = (await api.sql(body())).sql;
    } catch (error) {
      sql.textContent = '-- ' + error.message;
    }
  }

  async function execute(push) {
    if (!query.fields.length) {
      results.replaceChildren(el('div', {class: 'empty'}, 'Pick at least one field.'));
      return;
    }
    writeUrl(push);
    status.textContent = 'Running…';
    results.dataset.state = 'loading';
    run.disabled = true;
    try {
      const response = await api.query(body());
      lastResponse = response;
      status.textContent = `${response.rows.length}${response.truncated ? '+' : ''} rows · ${response.runtimeMs ?? '?'} ms`;
      sql.textContent = response.sql || '';
      drawResults(response);
    } catch (error) {
      lastResponse = null;
      status.textContent = '';
      dispose();
      results.replaceChildren(errorBox(error, 'explore-run-error'));
      results.dataset.state = 'error';
    } finally {
      run.disabled = false;
    }
  }

  async function drawResults(response) {
    dispose();
    const context = {
      type: vis, visual: {show_row_numbers: true}, hiddenFields: [],
      onDrill: (rowIndex, column) => openDrill(response, body(), rowIndex, column, query.timeZone),
      onEvent: openEvent,
      onFilter: (column) => {
        if (!(column.field in query.filters)) query.filters[column.field] = '';
        changed();
      },
      canFilter: () => false,
    };
    const chart = el('div', {class: 'vis explore-vis'});
    const table = el('div', {class: 'explore-table'});
    results.replaceChildren(...(vis === 'table' ? [table] : [chart, table]));
    notes(response);
    try {
      const disposers = [];
      if (vis !== 'table') disposers.push(await renderVisualisation(chart, response, context));
      disposers.push(renderTable(table, response, Object.assign({}, context, {type: 'table'})));
      dispose = () => disposers.forEach((d) => typeof d === 'function' && d());
      results.dataset.state = 'ready';
    } catch (error) {
      chart.replaceChildren(errorBox({message: 'This chart could not be drawn: ' + error.message, code: 'UI_RENDER'}));
      results.dataset.state = 'ready';
    }
  }

  function notes(response) {
    if (response.notes && response.notes.length) results.prepend(el('div', {class: 'note'}, response.notes.join(' ')));
  }

  return () => {
    document.removeEventListener('keydown', onKey);
    unsubscribe();
    dispose();
  };
}
