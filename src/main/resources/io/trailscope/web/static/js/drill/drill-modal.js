// Drill: the clicked measure's drill_fields rows for the clicked slice, with the tile's filters applied.
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {openModal} from '../core/modal.js';
import {renderTable} from '../vis/table.js';
import {drillRow} from '../vis/results.js';
import {openEvent} from './event-modal.js';
import {exploreUrl, queryBody} from '../explore/query-url.js';

/** response: the tile's (or explore's) query response; query: the query body it ran. */
export async function openDrill(response, query, rowIndex, column, timeZone) {
  const row = drillRow(response, rowIndex, column, query.pivots);
  const describe = Object.values(row).map((v) => (v === null ? '∅' : String(v))).join(' · ');
  const modal = openModal({title: column.label + (describe ? ' — ' + describe : ''), testid: 'drill-modal', wide: true});
  modal.body.append(el('div', {class: 'loading', dataset: {testid: 'loading'}}, 'Loading rows…'));
  const body = {model: query.model, explore: query.explore, measure: column.field, row,
    filters: query.filters || {}, timeZone: timeZone || query.timeZone || 'UTC', limit: 500};
  try {
    const drilled = await api.drill(body);
    const table = el('div', {class: 'drill-table', dataset: {testid: 'drill-table'}});
    modal.body.replaceChildren(
      el('div', {class: 'toolbar'},
        el('span', {class: 'muted', dataset: {testid: 'drill-count'}}, drilled.rows.length + (drilled.truncated ? '+' : '') + ' rows'),
        el('span', {class: 'spacer'}),
        drilled.query ? el('a', {class: 'button', href: exploreUrl(drilled.query), dataset: {testid: 'drill-explore'}},
          'Explore from here') : null,
        drilled.query ? el('a', {class: 'button', href: api.downloadUrl('csv', queryBody(drilled.query)), download: ''}, 'CSV') : null),
      table);
    const nested = {
      type: 'table', visual: {show_row_numbers: true}, hiddenFields: [],
      onDrill: (r, c) => openDrill(drilled, drilled.query || body, r, c, timeZone),
      onEvent: openEvent,
      onFilter: () => {},
    };
    if (drilled.rows.length) renderTable(table, drilled, nested);
    else table.append(el('div', {class: 'empty'}, 'No rows'));
  } catch (error) {
    modal.body.replaceChildren(errorBox(error, 'drill-error'));
  }
}
