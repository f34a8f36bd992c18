// ECharts lifecycle for one container: init, theme colours, 'finished' marker for tests, resize, dispose.
import {chartColors, currentTheme} from '../core/theme.js';

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
    textStyle: {color: colors.text, fontFamily: 'inherit', fontSize: window.innerWidth >= 2000 ? 14 : 12},
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

/**
 * A configured series colour, readable on the current theme: LookML colours are chosen for a white page, so a very
 * dark one (the block's navy) is lightened on the dark theme and a very light one darkened on the light theme.
 */
export function readableColor(color) {
  const rgb = parseHex(color);
  if (!rgb) return color;
  const luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
  const dark = currentTheme() === 'dark';
  if (dark && luminance < 0.3) return withLightness(rgb, 0.62);
  if (!dark && luminance > 0.9) return withLightness(rgb, 0.45);
  return color;
}

function parseHex(color) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(color || '').trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? match[1].split('').map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** The same hue at another lightness (HSL), saturated enough to stay a colour rather than a grey. */
function withLightness(rgb, lightness) {
  const [r, g, b] = rgb.map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  let h = 0;
  if (d) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  h *= 60;
  const s = Math.max(0.5, d ? d / (1 - Math.abs(2 * l - 1)) : 0);
  const c = (1 - Math.abs(2 * lightness - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = lightness - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c]
    : h < 300 ? [x, 0, c] : [c, 0, x];
  return '#' + [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0')).join('');
}
