// A date filter: presets, a custom range, or any Looker date expression typed in.
import {el, testid} from '../core/dom.js';

export const PRESETS = [
  ['', 'Any time'],
  ['last 24 hours', 'Last 24 hours'],
  ['last 48 hours', 'Last 48 hours'],
  ['last 7 days', 'Last 7 days'],
  ['last 30 days', 'Last 30 days'],
  ['last 1 year', 'Last 1 year'],
];
const CUSTOM = '__custom__';
const EXPRESSION = '__expression__';
const RANGE = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;

export function dateFilter(filter, value, onChange) {
  const id = testid(filter.name);
  const select = el('select', {'aria-label': filter.title + ' preset', dataset: {testid: 'date-preset-' + id}},
    PRESETS.map(([v, label]) => el('option', {value: v}, label)),
    el('option', {value: CUSTOM}, 'Custom range…'),
    el('option', {value: EXPRESSION}, 'Expression…'));
  const from = el('input', {type: 'date', 'aria-label': 'From', dataset: {testid: 'date-from-' + id}});
  const to = el('input', {type: 'date', 'aria-label': 'To (inclusive)', dataset: {testid: 'date-to-' + id}});
  const range = el('span', {class: 'range'}, from, el('span', {class: 'muted'}, '→'), to);
  const expression = el('input', {type: 'text', class: 'expression', spellcheck: 'false', placeholder: 'e.g. 3 days ago for 3 days',
    'aria-label': filter.title + ' expression', dataset: {testid: 'filter-input-' + id}, value: value});

  function show(current) {
    expression.value = current;
    const preset = presetOf(current);
    const matchRange = RANGE.exec(current.trim());
    select.value = preset ? preset[0] : matchRange ? CUSTOM : EXPRESSION;
    if (matchRange) {
      from.value = matchRange[1];
      to.value = inclusiveEnd(matchRange[2]);
    }
    range.hidden = select.value !== CUSTOM;
    expression.hidden = select.value !== EXPRESSION;
  }

  select.addEventListener('change', () => {
    if (select.value === CUSTOM) {
      range.hidden = false;
      expression.hidden = true;
      from.focus();
    } else if (select.value === EXPRESSION) {
      expression.hidden = false;
      range.hidden = true;
      expression.focus();
    } else {
      show(select.value);
      onChange(select.value);
    }
  });
  const applyRange = () => {
    if (from.value && to.value) onChange(`${from.value} to ${exclusiveEnd(to.value)}`);
  };
  from.addEventListener('change', applyRange);
  to.addEventListener('change', applyRange);
  expression.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onChange(expression.value.trim());
  });
  expression.addEventListener('change', () => onChange(expression.value.trim()));
  show(value);
  return {node: el('span', {class: 'date-filter'}, select, range, expression), show};
}

// Looker reads "7 days" as "last 7 days": either spelling (any case and spacing) shows the preset.
function presetOf(value) {
  const words = value.trim().toLowerCase().replace(/\s+/g, ' ');
  const spelled = /^\d+ [a-z]+$/.test(words) ? 'last ' + words : words;
  return PRESETS.find(([v]) => v === spelled);
}

// Looker's "A to B" excludes B; the date inputs show the last day included.
function exclusiveEnd(day) {
  const date = new Date(day + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function inclusiveEnd(day) {
  const date = new Date(day + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
