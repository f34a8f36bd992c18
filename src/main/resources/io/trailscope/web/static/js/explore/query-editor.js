// The query being built: selected fields (with sort and pivot), filters (Looker expressions), limit.
import {el} from '../core/dom.js';

/** query: the mutable query body; fields: Map id → field; onChange(): redraw and re-run when asked. */
export function queryEditor(query, fields, onChange) {
  const node = el('div', {class: 'query-editor'});
  const label = (id) => (fields.get(id) ? fields.get(id).label : id);
  const fullLabel = (id) => (fields.get(id) ? `${fields.get(id).viewLabel || ''} ${fields.get(id).label}`.trim() : id);

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
      return el('span', {class: 'chip' + (field && field.kind === 'measure' ? ' measure' : ''), title: fullLabel(id) + ' (' + id + ')',
        dataset: {testid: 'selected-' + id}},
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
    // A filter value is one expression or an array of expressions that are ANDed: one row each.
    const filters = Object.entries(query.filters || {}).flatMap(([id, value]) => {
      const expressions = Array.isArray(value) ? value : [value];
      return expressions.map((expression, position) => filterRow(id, expression, position, expressions.length));
    });
    node.replaceChildren(
      el('div', {class: 'editor-row'}, el('span', {class: 'editor-label'}, 'Fields'),
        el('div', {class: 'chips', dataset: {testid: 'selected-fields'}},
          chips.length ? chips : el('span', {class: 'muted small'}, 'Pick fields on the left.'))),
      el('div', {class: 'editor-row'}, el('span', {class: 'editor-label'}, 'Filters'),
        el('div', {class: 'filter-rows', dataset: {testid: 'explore-filters'}},
          filters.length ? filters : el('span', {class: 'muted small'}, 'None: use ▽ next to a field.'))));
  }
  function filterRow(id, expression, position, count) {
    const input = el('input', {type: 'text', class: 'expression', value: expression, spellcheck: 'false',
      'aria-label': 'Filter expression for ' + label(id), dataset: {testid: 'explore-filter-' + id},
      placeholder: 'Looker expression: foo, -bar, 7 days, >10, NULL'});
    const update = (replacement) => {
      const current = query.filters[id];
      const list = Array.isArray(current) ? [...current] : [current];
      if (replacement === null) list.splice(position, 1);
      else list[position] = replacement;
      if (!list.length) delete query.filters[id];
      else query.filters[id] = list.length === 1 ? list[0] : list;
      onChange();
    };
    input.addEventListener('change', () => {
      if (input.value !== expression) update(input.value);
    });
    return el('div', {class: 'filter-row'},
      el('span', {class: 'filter-field', title: id}, fullLabel(id), count > 1 && position > 0 ? el('span', {class: 'muted small'}, ' and') : null),
      input,
      el('button', {type: 'button', class: 'icon-button small', title: 'Remove filter', 'aria-label': 'Remove filter ' + label(id),
        onclick: () => update(null)}, '✕'));
  }

  draw();
  return {node, refresh: draw};
}
