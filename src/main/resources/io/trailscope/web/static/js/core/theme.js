// Light and dark: follows prefers-color-scheme until the user picks one with the toggle (remembered).
const KEY = 'trailscope.theme';
const listeners = new Set();
const media = window.matchMedia('(prefers-color-scheme: dark)');

export function currentTheme() {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return media.matches ? 'dark' : 'light';
}

export function onThemeChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener(currentTheme());
}

export function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch (ignored) { /* storage may be disabled */ }
  notify();
}

export function installThemeToggle(button) {
  const label = () => {
    button.setAttribute('aria-label', currentTheme() === 'dark' ? 'Switch to light theme' : 'Switch to dark theme');
  };
  button.addEventListener('click', () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'));
  media.addEventListener('change', notify);
  onThemeChange(label);
  label();
}

/** Colours for charts, read from the CSS variables of the current theme. */
export function chartColors() {
  const style = getComputedStyle(document.documentElement);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--grid'),
    surface: read('--surface'),
    land: read('--land'),
    palette: read('--palette').split(',').map((c) => c.trim()).filter(Boolean),
  };
}
