// Single value: the first visible value of the first row, big, formatted; click to drill.
import {el} from '../core/dom.js';
import {formatValue} from '../core/format.js';
import {splitColumns, visibleColumns} from './results.js';

export function renderSingleValue(container, response, context) {
  const visual = context.visual || {};
  const {measures} = splitColumns(response, context.hiddenFields);
  const target = measures[0] || {column: visibleColumns(response, context.hiddenFields)[0]};
  const column = target.column;
  if (!column) throw new Error('No value to show.');
  const index = response.columns.indexOf(column);
  const value = response.rows.length ? response.rows[0][index] : null;
  const text = response.rows.length ? formatValue(value, column) : 'No results';
  const drillable = column.drillable && response.rows.length;
  const number = drillable
    ? el('button', {type: 'button', class: 'single-number link-button', title: 'Drill into ' + column.label,
      dataset: {testid: 'single-value'}, onclick: () => context.onDrill(0, column)}, text)
    : el('div', {class: 'single-number', dataset: {testid: 'single-value'}}, text);
  if (visual.custom_color) number.style.color = visual.custom_color;
  const label = visual.single_value_title || column.label;
  const sameAsTitle = simple(label) === simple(context.title);
  container.append(el('div', {class: 'single-value'}, number,
    sameAsTitle || visual.show_single_value_title === false ? null : el('div', {class: 'single-label'}, label)));
  container.dataset.rendered = 'true';
  return () => {};
}

function simple(text) {
  return String(text || '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}
