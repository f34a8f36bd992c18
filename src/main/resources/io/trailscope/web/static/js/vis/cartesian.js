// Column, bar, line, area and scatter charts: one series per measure (and pivot value), with Looker's
// series_colors, series_types, stacking (normal or percent), y_axes (dual axes), value labels and rotation.
import {formatAxis, formatValue} from '../core/format.js';
import {axisStyle, legendStyle, mountChart, readableColor, tooltipStyle} from './charts.js';
import {chartColors} from '../core/theme.js';
import {categoryOf, lookup, seriesName, splitColumns} from './results.js';

const COUNTING = new Set(['count', 'count_distinct', 'sum', 'sum_distinct']);
const BASE_TYPE = {looker_column: 'column', looker_bar: 'column', looker_line: 'line', looker_area: 'area',
  looker_scatter: 'scatter'};

export function renderCartesian(container, response, context) {
  const visual = context.visual || {};
  const horizontal = context.type === 'looker_bar';
  const {dimensions, measures} = splitColumns(response, context.hiddenFields);
  const categories = response.rows.map((row) => categoryOf(row, dimensions));
  const baseType = BASE_TYPE[context.type] || 'column';
  const stacking = visual.stacking || '';
  const axes = valueAxes(visual, measures);
  const totals = stacking === 'percent' ? percentTotals(response, measures) : null;

  const series = measures.map(({column, index}) => {
    const kind = normaliseType(lookup(visual.series_types, column)) || baseType;
    const data = response.rows.map((row, i) => {
      const value = row[index];
      if (totals && typeof value === 'number') return totals[i] ? value / totals[i] : 0;
      // fill_fields and pivots leave counting measures empty where nothing happened: that is a zero.
      if ((value === null || value === undefined) && COUNTING.has(column.type)) return 0;
      return value === undefined ? null : value;
    });
    const configured = lookup(visual.series_colors, column);
    const color = configured ? readableColor(configured) : undefined;
    const item = {
      name: seriesName(column, measures),
      type: kind === 'column' ? 'bar' : kind === 'scatter' ? 'scatter' : 'line',
      data,
      yAxisIndex: horizontal ? undefined : axisIndexOf(axes, column),
      xAxisIndex: horizontal ? axisIndexOf(axes, column) : undefined,
      itemStyle: color ? {color} : undefined,
      lineStyle: color ? {color} : undefined,
      emphasis: {focus: 'series'},
      label: valueLabels(visual, column, horizontal, totals),
    };
    if (kind === 'area') item.areaStyle = {opacity: 0.35};
    if (item.type === 'line') {
      item.symbol = visual.point_style === 'circle_outline' ? 'emptyCircle' : 'circle';
      item.showSymbol = visual.point_style !== 'none' && visual.point_style !== undefined ? true : data.length < 40;
      item.connectNulls = false;
    }
    if (stacking && kind === baseType) item.stack = 'total';
    item.barMaxWidth = 48;
    return item;
  });

  const categoryAxis = Object.assign(axisStyle(), {
    type: 'category', data: categories, inverse: horizontal, triggerEvent: dimensions.length === 1,
    boundaryGap: baseType === 'column' || series.some((s) => s.type === 'bar'),
  });
  categoryAxis.axisLabel = Object.assign({}, categoryAxis.axisLabel, {
    rotate: horizontal ? 0 : Math.abs(Number(visual.x_axis_label_rotation) || 0),
    formatter: (value) => (value.length > 28 ? value.slice(0, 27) + '…' : value),
  });
  const valueAxesOption = axes.map((axis, i) => Object.assign(axisStyle(), {
    type: 'value', name: axis.label || undefined, nameLocation: 'middle', nameGap: 46,
    position: horizontal ? undefined : axis.orientation || (i === 0 ? 'left' : 'right'),
    max: totals ? 1 : undefined,
    splitLine: Object.assign(axisStyle().splitLine, {show: i === 0}),
    axisLabel: Object.assign({}, axisStyle().axisLabel, {
      formatter: (v) => (totals ? formatValue(v, {valueFormatName: 'percent_0'}) : formatAxis(v, axis.column)),
    }),
  }));
  const showLegend = visual.show_legend !== false && series.length > 1;
  const option = {
    // Rotated labels reach left of their tick: leave room for the first one.
    grid: {left: categoryAxis.axisLabel.rotate ? 48 : axes[0].label ? 40 : 12, right: axes.length > 1 && axes[1].label ? 40 : 16, top: showLegend ? 36 : 16, bottom: 12, containLabel: true},
    legend: showLegend ? Object.assign(legendStyle(), {top: 4}) : {show: false},
    tooltip: Object.assign(tooltipStyle(), {
      trigger: 'axis', axisPointer: {type: baseType === 'column' ? 'shadow' : 'line'},
      valueFormatter: undefined,
      formatter: (items) => tooltip(items, measures, totals),
    }),
    xAxis: horizontal ? valueAxesOption : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxesOption,
    series,
  };
  return mountChart(container, option, {
    click: (params) => {
      if (params.componentType === 'series') {
        context.onDrill(params.dataIndex, measures[params.seriesIndex].column);
      } else if ((params.componentType === 'xAxis' || params.componentType === 'yAxis') && dimensions.length === 1) {
        const row = response.rows[categories.indexOf(params.value)];
        if (row) context.onFilter(dimensions[0].column, row[dimensions[0].index]);
      }
    },
  });
}

function tooltip(items, measures, totals) {
  if (!items.length) return '';
  // ECharts renders this string as HTML: escape everything that came from data.
  const lines = [escapeHtml(items[0].axisValueLabel ?? items[0].name)];
  for (const item of items) {
    const column = measures[item.seriesIndex].column;
    const text = item.value === null || item.value === undefined ? '∅'
      : totals ? formatValue(item.value, {valueFormatName: 'percent_1'}) : formatValue(item.value, column);
    lines.push(`${item.marker} ${escapeHtml(item.seriesName)}: <b>${escapeHtml(text)}</b>`);
  }
  return lines.join('<br>');
}

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

function normaliseType(type) {
  if (!type) return undefined;
  const name = String(type).replace(/^looker_/, '');
  if (name === 'bar') return 'column';
  return ['column', 'line', 'area', 'scatter'].includes(name) ? name : undefined;
}

/** y_axes: [{label, orientation, series: [{id}]}]; one plain axis when absent. */
function valueAxes(visual, measures) {
  const configured = Array.isArray(visual.y_axes) ? visual.y_axes : [];
  if (!configured.length) return [{label: null, ids: null, column: measures[0] && measures[0].column}];
  return configured.map((axis) => {
    const ids = (axis.series || []).map((s) => (typeof s === 'string' ? s : s.id));
    const first = measures.find(({column}) => ids.includes(column.field) || ids.includes(column.name));
    return {label: axis.label, orientation: axis.orientation, ids, column: first ? first.column : undefined};
  });
}

function axisIndexOf(axes, column) {
  const index = axes.findIndex((axis) => axis.ids && (axis.ids.includes(column.field) || axis.ids.includes(column.name)));
  return index < 0 ? 0 : index;
}

function percentTotals(response, measures) {
  return response.rows.map((row) => measures.reduce((sum, {index}) => sum + (Number(row[index]) || 0), 0));
}

function valueLabels(visual, column, horizontal, totals) {
  if (!(visual.show_value_labels === true || visual.show_value_labels === 'true')) return undefined;
  return {show: true, position: horizontal ? 'right' : 'top', color: chartColors().text, textBorderWidth: 0, fontSize: 11,
    formatter: (p) => (totals ? formatValue(p.value, {valueFormatName: 'percent_0'}) : formatValue(p.value, column))};
}
