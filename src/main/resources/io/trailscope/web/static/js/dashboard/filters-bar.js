// The dashboard filters bar: one control per filter, the time zone, and a reload button.
import {el, testid} from '../core/dom.js';
import {dateFilter} from './date-filter.js';
import {fieldFilter} from './field-filter.js';
import {defaultTimeZone} from './url-state.js';

export function filtersBar(definition, state, onChange, onReload) {
  const controls = {};
  const items = (definition.filters || []).map((filter) => {
    const change = (value) => onChange({filters: Object.assign({}, state.filters, {[filter.name]: value})});
    const value = state.filters[filter.name] ?? '';
    const control = isDate(filter) ? dateFilter(filter, value, change) : fieldFilter(filter, value, change);
    controls[filter.name] = control;
    return el('label', {class: 'filter', dataset: {testid: 'filter-' + testid(filter.name)}},
      el('span', {class: 'filter-title'}, filter.title || filter.name), control.node);
  });
  const fallback = defaultTimeZone(definition);
  const zone = el('input', {type: 'text', class: 'time-zone', list: 'time-zones', value: state.timeZone || fallback,
    spellcheck: 'false', 'aria-label': 'Time zone', dataset: {testid: 'time-zone'}});
  const zones = el('datalist', {id: 'time-zones'}, timeZones().map((z) => el('option', {value: z})));
  const applyZone = () => {
    const value = zone.value.trim();
    // An emptied field is a zone being typed, not a choice: leave it to the user until they pick one.
    if (value === '') return;
    const chosen = value === fallback ? '' : value;
    if (chosen !== state.timeZone) onChange({timeZone: chosen});
  };
  zone.addEventListener('change', applyZone);
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') applyZone();
  });
  const reload = el('button', {type: 'button', class: 'button primary', title: 'Run every tile again (r)',
    dataset: {testid: 'reload'}, onclick: onReload}, 'Reload');
  const node = el('div', {class: 'filters-bar', dataset: {testid: 'filters-bar'}}, items,
    el('label', {class: 'filter'}, el('span', {class: 'filter-title'}, 'Time zone'), zone, zones),
    el('span', {class: 'spacer'}), reload);
  return {
    node,
    update(next) {
      state = next;
      for (const [name, control] of Object.entries(controls)) control.show(next.filters[name] ?? '');
      if (document.activeElement !== zone) zone.value = next.timeZone || fallback;
    },
  };
}

function isDate(filter) {
  return filter.type === 'date_filter' || (filter.uiConfig && /date|time/.test(filter.uiConfig.type || ''));
}

function timeZones() {
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let all = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch (ignored) {
    all = [];
  }
  return [...new Set(['UTC', local, ...all])].filter(Boolean);
}
