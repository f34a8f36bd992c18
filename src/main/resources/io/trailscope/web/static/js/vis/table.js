// The table (Looker's table and looker_grid): sortable headers, optional row numbers, formatted values,
// drillable measure cells, event ids that open the raw event, dimension values that filter the dashboard.
import {el} from '../core/dom.js';
import {formatValue, isNumericColumn} from '../core/format.js';
import {visibleColumns} from './results.js';

export function renderTable(container, response, context) {
  const visual = context.visual || {};
  const columns = visibleColumns(response, context.hiddenFields);
  const indexes = columns.map((column) => response.columns.indexOf(column));
  const showRowNumbers = visual.show_row_numbers !== false;
  let order = response.rows.map((row, i) => i);
  let sorted = {index: -1, descending: false};

  const table = el('table', {class: 'data-table', dataset: {testid: 'data-table'}});
  const pivoted = columns.some(isPivoted);
  // Looker's pivot header: pivot values on a first row over the measures they split, measure labels below.
  const head = el('tr');
  const measures = el('tr', {class: 'pivot-measures'});
  if (showRowNumbers) head.append(el('th', {class: 'row-number', scope: 'col', rowspan: pivoted ? '2' : '1'}, '#'));
  columns.forEach((column, position) => {
    const button = el('button', {type: 'button', class: 'sort-button', title: 'Sort by ' + column.label
      + (isPivoted(column) ? ' for ' + pivotText(column) : ''),
    dataset: {testid: 'sort-' + column.name}}, column.label,
    el('span', {class: 'sort-mark'}));
    button.addEventListener('click', () => sortBy(position));
    const th = el('th', {scope: 'col', class: isNumericColumn(column) ? 'numeric' : '', 'aria-sort': 'none',
      dataset: {position: String(position)}}, button);
    if (!isPivoted(column)) {
      if (pivoted) th.setAttribute('rowspan', '2');
      head.append(th);
      return;
    }
    const previous = columns[position - 1];
    if (!previous || !isPivoted(previous) || pivotText(previous) !== pivotText(column)) {
      const span = columns.slice(position).findIndex((next) => !isPivoted(next) || pivotText(next) !== pivotText(column));
      head.append(el('th', {scope: 'colgroup', class: 'pivot-value', colspan: String(span === -1 ? columns.length - position : span),
        dataset: {testid: 'pivot-header'}}, pivotText(column)));
    }
    measures.append(th);
  });
  const body = el('tbody');
  const thead = el('thead', {}, head);
  if (pivoted) thead.append(measures);
  table.append(thead, body);
  const wrapper = el('div', {class: 'table-wrap'}, table);
  if (response.truncated) wrapper.append(el('div', {class: 'note'}, 'Showing the first ' + response.rows.length + ' rows (the limit was reached).'));
  container.append(wrapper);
  fillBody();
  container.dataset.rendered = 'true';

  function fillBody() {
    const rows = order.map((rowIndex, position) => {
      const source = response.rows[rowIndex];
      const tr = el('tr');
      if (showRowNumbers) tr.append(el('td', {class: 'row-number'}, String(position + 1)));
      columns.forEach((column, c) => tr.append(cell(column, source[indexes[c]], rowIndex)));
      return tr;
    });
    body.replaceChildren(...rows);
  }

  function cell(column, value, rowIndex) {
    const text = formatValue(value, column);
    const numeric = isNumericColumn(column);
    const td = el('td', {class: (numeric ? 'numeric' : '') + (value === null ? ' null' : '')});
    if (column.eventId && value) {
      td.append(el('button', {type: 'button', class: 'link-button mono', title: 'Open the raw event',
        dataset: {testid: 'event-link'}, onclick: () => context.onEvent(String(value))}, text));
    } else if (column.drillable && column.role !== 'dimension') {
      td.append(el('button', {type: 'button', class: 'link-button', title: 'Drill into ' + column.label,
        dataset: {testid: 'drill-cell'}, onclick: () => context.onDrill(rowIndex, column)}, text));
    } else if (column.role === 'dimension' && context.canFilter && context.canFilter(column)) {
      td.append(el('button', {type: 'button', class: 'link-button subtle', title: 'Filter the dashboard by this value',
        dataset: {testid: 'filter-cell'}, onclick: () => context.onFilter(column, value)}, text));
    } else {
      td.append(text);
    }
    return td;
  }

  function sortBy(position) {
    const descending = sorted.index === position ? !sorted.descending : isNumericColumn(columns[position]);
    sorted = {index: position, descending};
    const index = indexes[position];
    order = response.rows.map((row, i) => i).sort((a, b) => {
      const result = compare(response.rows[a][index], response.rows[b][index]);
      return descending ? -result : result;
    });
    thead.querySelectorAll('th[aria-sort]').forEach((th) => {
      const mine = Number(th.dataset.position) === position;
      th.setAttribute('aria-sort', mine ? (descending ? 'descending' : 'ascending') : 'none');
      th.querySelector('.sort-mark').textContent = mine ? (descending ? ' ▼' : ' ▲') : '';
    });
    fillBody();
  }
  return () => {};
}

function isPivoted(column) {
  return Boolean(column.pivotValues && column.pivotValues.length);
}

function pivotText(column) {
  return column.pivotValues.map((v) => (v === null ? '∅' : String(v))).join(' · ');
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', {numeric: true});
}
