// ECharts lifecycle for one container: init, theme colours, 'finished' marker for tests, resize, dispose.
import {chartColors} from '../core/theme.js';

export function mountChart(container, option, handlers) {
  container.classList.add('chart');
  const chart = window.echarts.init(container, null, {renderer: 'canvas'});
  // Registered before setOption: with animation off the first render finishes inside setOption.
  chart.on('finished', () => {
    container.dataset.rendered = 'true';
  });
  for (const [name, handler] of Object.entries(handlers || {})) chart.on(name, handler);
  const colors = chartColors();
  chart.setOption(Object.assign({
    animation: false,
    color: colors.palette,
    backgroundColor: 'transparent',
    textStyle: {color: colors.text, fontFamily: 'inherit'},
  }, option));
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(container);
  return () => {
    observer.disconnect();
    chart.dispose();
  };
}

export function axisStyle() {
  const colors = chartColors();
  return {
    axisLine: {lineStyle: {color: colors.grid}},
    axisTick: {lineStyle: {color: colors.grid}},
    axisLabel: {color: colors.muted, hideOverlap: true},
    splitLine: {lineStyle: {color: colors.grid, type: 'dashed'}},
    nameTextStyle: {color: colors.muted},
  };
}

export function tooltipStyle() {
  const colors = chartColors();
  return {
    backgroundColor: colors.surface,
    borderColor: colors.grid,
    textStyle: {color: colors.text},
    confine: true,
  };
}

export function legendStyle() {
  const colors = chartColors();
  return {type: 'scroll', textStyle: {color: colors.text}, pageTextStyle: {color: colors.muted},
    pageIconColor: colors.text, pageIconInactiveColor: colors.grid};
}
