// The single-page router: the server answers index.html for /, /dashboards/{name} and /explore/...
import {api} from './core/api.js';
import {installThemeToggle} from './core/theme.js';
import {renderHome} from './pages/home.js';
import {renderDashboard} from './pages/dashboard.js';
import {renderExplore} from './pages/explore.js';
import {clear, el} from './core/dom.js';
import {openModal} from './core/modal.js';

const page = document.getElementById('page');
let cleanup = () => {};

export function navigate(url, replace) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  route();
}

function route() {
  cleanup();
  cleanup = () => {};
  // Each route draws into its own view: a slow page that answers after the user moved on draws into a
  // detached node and is disposed at once.
  const view = el('div', {class: 'view'});
  clear(page).append(view);
  const path = decodeURI(location.pathname);
  const dashboard = /^\/dashboards\/([^/]+)\/?$/.exec(path);
  const explore = /^\/explore(?:\/([^/]+)\/([^/]+))?\/?$/.exec(path);
  let result;
  if (dashboard) result = renderDashboard(view, dashboard[1]);
  else if (explore) result = renderExplore(view, explore[1], explore[2]);
  else if (path === '/' || path === '/index.html') result = renderHome(view);
  else view.append(el('div', {class: 'empty'}, 'No page here. ', el('a', {href: '/'}, 'Go home')));
  Promise.resolve(result).then((dispose) => {
    if (typeof dispose !== 'function') return;
    if (view.isConnected) cleanup = dispose;
    else dispose();
  });
}

// Same-origin links become client-side navigation; modified clicks keep their browser meaning.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', route);

document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
  if (typing || event.metaKey || event.ctrlKey || event.altKey) return;
  if (event.key === 't') document.getElementById('theme-toggle').click();
  if (event.key === '?') showShortcuts();
  if (event.key === '/') {
    const search = document.querySelector('[data-shortcut="/"]');
    if (search) {
      event.preventDefault();
      search.focus();
    }
  }
});

function showShortcuts() {
  const modal = openModal({title: 'Keyboard shortcuts', testid: 'shortcuts'});
  const keys = [['t', 'light / dark theme'], ['/', 'search fields (explore)'], ['r', 'run every tile again (dashboard)'],
    ['Ctrl+Enter', 'run the query (explore)'], ['Esc', 'close a dialog, clear the field search'], ['?', 'this help']];
  modal.body.append(el('dl', {class: 'facts'}, keys.map(([key, what]) => [el('dt', {}, el('kbd', {}, key)), el('dd', {}, what)])));
}

/** The attribution's URLs as links (the licence asks for a link to DB-IP), the rest as text. */
function linkify(text) {
  return text.split(/(https?:\/\/[^\s,;()]+)/).map((part, i) => (i % 2
    ? el('a', {href: part, target: '_blank', rel: 'noopener noreferrer'}, part.replace(/^https?:\/\//, ''))
    : part));
}

installThemeToggle(document.getElementById('theme-toggle'));
api.status().then((status) => {
  document.getElementById('geo-attribution').replaceChildren(...linkify(status.geoAttribution || ''));
  document.getElementById('footer-version').textContent = 'trailscope ' + (status.version || '');
}).catch(() => {
  document.getElementById('geo-attribution').textContent = 'IP geolocation by DB-IP.com (CC BY 4.0)';
});
route();
