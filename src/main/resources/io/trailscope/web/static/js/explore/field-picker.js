// The field picker: fields grouped by view and group label, a search box, selected fields marked.
import {el, testid} from '../core/dom.js';

/** explore: GET /api/explores/{model}/{explore}; handlers: {isSelected, isPivot, toggle, filter, pivot}. */
export function fieldPicker(explore, handlers) {
  const search = el('input', {type: 'search', class: 'field-search', placeholder: 'Search fields  /',
    'aria-label': 'Search fields', dataset: {testid: 'field-search', shortcut: '/'}});
  const tree = el('div', {class: 'field-tree', dataset: {testid: 'field-tree'}});
  const node = el('div', {class: 'field-picker'}, search, tree);

  function fieldRow(field) {
    const selected = handlers.isSelected(field.id);
    const label = el('button', {type: 'button', class: 'field-name' + (field.kind === 'measure' ? ' measure' : '')
        + (selectable(field) ? '' : ' filter-only'),
      title: field.description || field.id, 'aria-pressed': String(selected), dataset: {testid: 'field-' + field.id}},
    field.dimensionGroup && field.shortLabel ? field.shortLabel : field.label);
    // Filter-only fields and parameters can be filtered on, not selected.
    label.addEventListener('click', () => (selectable(field) ? handlers.toggle(field) : handlers.filter(field)));
    const actions = el('span', {class: 'field-actions'},
      el('button', {type: 'button', class: 'icon-button small', title: 'Filter by ' + field.label,
        'aria-label': 'Filter by ' + field.label, dataset: {testid: 'filter-by-' + field.id},
        onclick: () => handlers.filter(field)}, '▽'),
      field.kind === 'dimension' ? el('button', {type: 'button', class: 'icon-button small'
          + (handlers.isPivot(field.id) ? ' on' : ''), title: 'Pivot ' + field.label,
      'aria-label': 'Pivot ' + field.label, dataset: {testid: 'pivot-' + field.id},
      onclick: () => handlers.pivot(field)}, '⇄') : null);
    return el('li', {class: 'field' + (selected ? ' selected' : ''), dataset: {field: field.id}}, label, actions);
  }

  function draw() {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (field, view, group) => words.every((w) =>
      [field.label, field.id, view.label, group.label || '', field.dimensionGroup || ''].join(' ').toLowerCase().includes(w));
    const sections = [];
    for (const view of explore.views || []) {
      const groups = [];
      for (const group of view.groups || []) {
        const fields = group.fields.filter((f) => !f.hidden && matches(f, view, group));
        if (!fields.length) continue;
        const dimensions = fields.filter((f) => f.kind === 'dimension');
        const measures = fields.filter((f) => f.kind === 'measure');
        const filterOnly = fields.filter((f) => !selectable(f));
        groups.push(el('div', {class: 'field-group'},
          group.label ? el('div', {class: 'group-label'}, group.label) : null,
          el('ul', {}, withTimeframes(dimensions, words.length > 0, group.label), measures.map(fieldRow), filterOnly.map(fieldRow))));
      }
      if (groups.length) {
        sections.push(el('details', {class: 'view', open: true, dataset: {testid: 'view-' + testid(view.name)}},
          el('summary', {}, view.label || view.name), groups));
      }
    }
    tree.replaceChildren(...(sections.length ? sections : [el('div', {class: 'empty small'}, 'No field matches.')]));
  }

  /** A dimension group's timeframes fold under one entry, as in Looker; open when searching or in use. */
  function withTimeframes(dimensions, searching, sectionLabel) {
    const rows = [];
    const folded = new Map();
    for (const field of dimensions) {
      if (!field.dimensionGroup) {
        rows.push(fieldRow(field));
        continue;
      }
      if (!folded.has(field.dimensionGroup)) {
        const list = el('ul', {class: 'timeframes'});
        const details = el('details', {class: 'dimension-group', dataset: {testid: 'group-' + field.dimensionGroup}},
          el('summary', {}, groupLabel(field, sectionLabel)), list);
        folded.set(field.dimensionGroup, {details, list});
        rows.push(el('li', {}, details));
      }
      const entry = folded.get(field.dimensionGroup);
      entry.list.append(fieldRow(field));
      if (searching || handlers.isSelected(field.id)) entry.details.open = true;
    }
    return rows;
  }

  search.addEventListener('input', draw);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      search.value = '';
      draw();
    }
  });
  draw();
  return {node, refresh: draw};
}

/** Every field of the explore by id. */
export function fieldIndex(explore) {
  const index = new Map();
  for (const view of explore.views || []) {
    for (const group of view.groups || []) {
      for (const field of group.fields) index.set(field.id, Object.assign({viewLabel: view.label}, field));
    }
  }
  return index;
}

function selectable(field) {
  return field.kind === 'dimension' || field.kind === 'measure';
}

/** "Event Time" for the timeframe "Event Date" with short label "Date": the label without the short label. */
function groupLabel(field, sectionLabel) {
  if (field.shortLabel && field.label.endsWith(field.shortLabel)) {
    const rest = field.label.slice(0, -field.shortLabel.length).trim();
    if (rest && rest.toLowerCase() !== String(sectionLabel || '').toLowerCase()) return rest;
  }
  return humanize(field.dimensionGroup);
}

function humanize(name) {
  return name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
