// Geo: countries shaded by the first measure (looker_geo_choropleth, map_plot_mode regions) or points sized
// by it (looker_map, a location dimension).
import {formatValue} from '../core/format.js';
import {chartColors} from '../core/theme.js';
import {mountChart, tooltipStyle} from './charts.js';
import {escapeHtml} from './cartesian.js';
import {categoryOf, splitColumns} from './results.js';
import {loadWorld, lonLat, mapName} from './world.js';

export async function renderMap(container, response, context) {
  await loadWorld();
  const visual = context.visual || {};
  const {dimensions, measures} = splitColumns(response, context.hiddenFields);
  if (!measures.length) throw new Error('A map needs a measure.');
  const measure = measures[0];
  const location = dimensions.find(({column}) => column.type === 'location');
  const points = location && (context.type === 'looker_map' || visual.map_plot_mode === 'points');
  return points ? pointMap(container, response, context, dimensions, measure, location)
    : regionMap(container, response, context, dimensions, measure);
}

function regionMap(container, response, context, dimensions, measure) {
  const colors = chartColors();
  const code = dimensions.find(({column}) => /country_code|iso/.test(column.field));
  const name = dimensions.find(({column}) => column !== (code && code.column) && /country/.test(column.field))
    || code || dimensions[0];
  const data = response.rows.map((row, rowIndex) => ({
    name: mapName(code ? row[code.index] : null, name ? row[name.index] : null),
    value: row[measure.index],
    rowIndex,
  }));
  const max = Math.max(1, ...data.map((d) => Number(d.value) || 0));
  const option = {
    tooltip: Object.assign(tooltipStyle(), {trigger: 'item', formatter: (p) => (p.data
      ? `${escapeHtml(p.name)}: <b>${escapeHtml(formatValue(p.value, measure.column))}</b>` : escapeHtml(p.name))}),
    visualMap: {min: 0, max, calculable: true, left: 8, bottom: 8, itemHeight: 80, text: [formatValue(max, measure.column), '0'],
      textStyle: {color: colors.muted}, inRange: {color: [colors.palette[6] || '#c6dbef', colors.palette[0] || '#1f3e5a']},
      show: context.visual.show_legend !== false},
    series: [{type: 'map', map: 'world', roam: true, data, nameProperty: 'name',
      itemStyle: {areaColor: colors.land, borderColor: colors.surface, borderWidth: 0.5},
      emphasis: {label: {show: false}, itemStyle: {areaColor: colors.palette[1]}},
      select: {disabled: true}}],
  };
  return mountChart(container, option, {
    click: (params) => {
      if (params.data) context.onDrill(params.data.rowIndex, measure.column);
    },
  });
}

function pointMap(container, response, context, dimensions, measure, location) {
  const colors = chartColors();
  const labels = dimensions.filter((d) => d !== location);
  const data = [];
  response.rows.forEach((row, rowIndex) => {
    const position = lonLat(row[location.index]);
    if (position) data.push({name: categoryOf(row, labels), value: [...position, row[measure.index]], rowIndex});
  });
  const max = Math.max(1, ...data.map((d) => Number(d.value[2]) || 0));
  const option = {
    tooltip: Object.assign(tooltipStyle(), {trigger: 'item', formatter: (p) =>
      `${escapeHtml(p.name)}: <b>${escapeHtml(formatValue(p.value[2], measure.column))}</b>`}),
    geo: {map: 'world', roam: true, itemStyle: {areaColor: colors.land, borderColor: colors.surface},
      emphasis: {disabled: true}},
    series: [{type: 'scatter', coordinateSystem: 'geo', data,
      symbolSize: (value) => 5 + 20 * Math.sqrt((Number(value[2]) || 0) / max),
      itemStyle: {color: colors.palette[1] || '#e8743b', opacity: 0.75, borderColor: colors.surface, borderWidth: 0.5}}],
  };
  return mountChart(container, option, {
    click: (params) => {
      if (params.data) context.onDrill(params.data.rowIndex, measure.column);
    },
  });
}
