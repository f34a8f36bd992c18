// The query being built: selected fields (with sort and pivot), filters (Looker expressions), limit.
import {el} from '../core/dom.js';

/** query: the mutable query body; fields: Map id → field; onChange(): redraw and re-run when asked. */
export function queryEditor(query, fields, onChange) {
  const node = el('div', {class: 'query-editor'});
  const label = (id) => (fields.get(id) ? `${fields.get(id).viewLabel || ''} ${fields.get(id).label}`.trim() : id);

  function sortOf(id) {
    const found = (query.sorts || []).find((s) => s.split(/\s+/)[0] === id);
    return found ? (/\sdesc$/i.test(found) ? 'desc' : 'asc') : '';
  }

  function cycleSort(id) {
    const next = {'': 'desc', desc: 'asc', asc: ''}[sortOf(id)];
    query.sorts = (query.sorts || []).filter((s) => s.split(/\s+/)[0] !== id);
    if (next) query.sorts.unshift(`${id} ${next}`);
    onChange();
  }

  function draw() {
    const chips = (query.fields || []).map((id) => {
      const sort = sortOf(id);
      const pivoted = (query.pivots || []).includes(id);
      const field = fields.get(id);
      return el('span', {class: 'chip' + (field && field.kind === 'measure' ? ' measure' : ''), dataset: {testid: 'selected-' + id}},
        el('span', {class: 'chip-label'}, label(id)),
        pivoted ? el('span', {class: 'badge'}, 'pivot') : null,
        el('button', {type: 'button', class: 'icon-button small', title: 'Sort (none → descending → ascending)',
          'aria-label': 'Sort by ' + label(id), dataset: {testid: 'sort-' + id}, onclick: () => cycleSort(id)},
        sort === 'desc' ? '▼' : sort === 'asc' ? '▲' : '↕'),
        el('button', {type: 'button', class: 'icon-button small', title: 'Remove', 'aria-label': 'Remove ' + label(id),
          onclick: () => {
            query.fields = query.fields.filter((f) => f !== id);
            query.pivots = (query.pivots || []).filter((f) => f !== id);
            query.sorts = (query.sorts || []).filter((s) => s.split(/\s+/)[0] !== id);
            onChange();
          }}, '✕'));
    });
    const filters = Object.entries(query.filters || {}).map(([id, expression]) => {
      const input = el('input', {type: 'text', class: 'expression', value: expression, spellcheck: 'false',
        'aria-label': 'Filter expression for ' + label(id), dataset: {testid: 'explore-filter-' + id},
        placeholder: 'Looker expression: foo, -bar, 7 days, >10, NULL'});
      const commit = () => {
        if (query.filters[id] !== input.value) {
          query.filters[id] = input.value;
          onChange();
        }
      };
      input.addEventListener('change', commit);
      return el('div', {class: 'filter-row'}, el('span', {class: 'filter-field'}, label(id)), input,
        el('button', {type: 'button', class: 'icon-button small', title: 'Remove filter', 'aria-label': 'Remove filter ' + label(id),
          onclick: () => {
            delete query.filters[id];
            onChange();
          }}, '✕'));
    });
    node.replaceChildren(
      el('div', {class: 'editor-row'}, el('span', {class: 'editor-label'}, 'Fields'),
        el('div', {class: 'chips', dataset: {testid: 'selected-fields'}},
          chips.length ? chips : el('span', {class: 'muted small'}, 'Pick fields on the left.'))),
      el('div', {class: 'editor-row'}, el('span', {class: 'editor-label'}, 'Filters'),
        el('div', {class: 'filter-rows', dataset: {testid: 'explore-filters'}},
          filters.length ? filters : el('span', {class: 'muted small'}, 'None: use ▽ next to a field.'))));
  }
  draw();
  return {node, refresh: draw};
}
