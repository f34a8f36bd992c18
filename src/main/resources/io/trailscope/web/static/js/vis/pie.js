// Pie and donut (inner_radius): the first dimension names the slices, the first measure sizes them.
import {formatValue} from '../core/format.js';
import {legendStyle, mountChart, readableColor, tooltipStyle} from './charts.js';
import {escapeHtml} from './cartesian.js';
import {categoryOf, splitColumns} from './results.js';

export function renderPie(container, response, context) {
  const visual = context.visual || {};
  const {dimensions, measures} = splitColumns(response, context.hiddenFields);
  if (!measures.length) throw new Error('A pie needs a measure.');
  const measure = measures[0];
  const colors = visual.series_colors || {};
  const data = response.rows.map((row, rowIndex) => {
    const name = categoryOf(row, dimensions);
    return {name, value: row[measure.index], rowIndex, itemStyle: colors[name] ? {color: readableColor(colors[name])} : undefined};
  });
  const inner = Number(visual.inner_radius) || 0;
  const legend = visual.value_labels === 'legend' || visual.show_legend === true;
  const percent = visual.label_type === 'labPer' || visual.label_type === 'per';
  // The legend goes beside a wide pie and under a tall one.
  const wide = container.clientWidth > container.clientHeight * 1.4;
  const outer = legend ? (wide ? 72 : 62) : 75;
  const total = data.reduce((sum, d) => sum + (Number(d.value) || 0), 0);
  const share = (value) => (total ? `${((100 * (Number(value) || 0)) / total).toFixed(1)}%` : '');
  const byName = new Map(data.map((d) => [d.name, d.value]));
  const option = {
    tooltip: Object.assign(tooltipStyle(), {trigger: 'item', formatter: (p) =>
      `${p.marker} ${escapeHtml(p.name)}: <b>${escapeHtml(formatValue(p.value, measure.column))}</b> (${p.percent}%)`}),
    // value_labels: legend puts the labels (and with labPer the shares) in the legend instead of on the slices.
    legend: legend ? Object.assign(legendStyle(), wide ? {orient: 'vertical', right: 4, top: 'middle'} : {bottom: 0}, {
      formatter: (name) => (percent ? `${name}  ${share(byName.get(name))}` : name)}) : {show: false},
    series: [{
      type: 'pie',
      radius: [inner ? `${Math.min(inner, 90) * outer / 100}%` : 0, `${outer}%`],
      center: legend ? (wide ? ['36%', '50%'] : ['50%', '45%']) : ['50%', '50%'],
      data,
      label: {show: !legend, formatter: (p) => (percent ? `${p.name}: ${p.percent}%` : p.name),
        color: 'inherit', overflow: 'truncate', width: 120},
      emphasis: {focus: 'self'},
    }],
  };
  return mountChart(container, option, {
    click: (params) => context.onDrill(params.data.rowIndex, measure.column),
  });
}
