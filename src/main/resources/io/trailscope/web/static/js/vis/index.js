// Which renderer draws which Looker visualisation type. Each returns a dispose function (or a promise of one).
import {renderCartesian} from './cartesian.js';
import {renderMap} from './map.js';
import {renderPie} from './pie.js';
import {renderSingleValue} from './single-value.js';
import {renderTable} from './table.js';

const RENDERERS = {
  looker_column: renderCartesian,
  looker_bar: renderCartesian,
  looker_line: renderCartesian,
  looker_area: renderCartesian,
  looker_scatter: renderCartesian,
  looker_pie: renderPie,
  looker_donut_multiples: renderPie,
  single_value: renderSingleValue,
  looker_single_record: renderTable,
  table: renderTable,
  looker_grid: renderTable,
  looker_map: renderMap,
  looker_geo_choropleth: renderMap,
  looker_google_map: renderMap,
};

export const VISUALISATIONS = [
  ['table', 'Table'], ['looker_column', 'Column'], ['looker_bar', 'Bar'], ['looker_line', 'Line'],
  ['looker_area', 'Area'], ['looker_pie', 'Pie'], ['single_value', 'Single value'],
  ['looker_geo_choropleth', 'Map (countries)'], ['looker_map', 'Map (points)'],
];

/**
 * Draws a query response into container. context: {type, visual, hiddenFields, onDrill(rowIndex, column),
 * onFilter(column, value), canFilter(column), onEvent(eventId)}.
 */
export async function renderVisualisation(container, response, context) {
  const render = RENDERERS[context.type] || renderTable;
  if (!response.rows.length && context.type !== 'single_value') {
    container.append(Object.assign(document.createElement('div'), {className: 'empty', textContent: 'No results'}));
    container.dataset.rendered = 'true';
    return () => {};
  }
  return render(container, response, context);
}
