// Home: the dashboards, what the store holds, and how to ingest more.
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {formatValue} from '../core/format.js';
import {listExplores} from '../explore/explore-list.js';

export async function renderHome(page) {
  document.title = 'trailscope';
  const dashboards = el('div', {class: 'card-list', dataset: {testid: 'dashboard-list'}},
    el('div', {class: 'loading'}, 'Loading dashboards…'));
  const explores = el('div', {class: 'card-list', dataset: {testid: 'explore-list'}});
  const status = el('div', {class: 'status', dataset: {testid: 'store-status'}}, el('div', {class: 'loading'}, 'Loading…'));
  page.append(el('div', {class: 'home page-pad'},
    el('section', {class: 'home-main'},
      el('h1', {}, 'Dashboards'), dashboards,
      el('h2', {}, 'Explore'),
      el('p', {class: 'muted small'}, 'Any fields, filters, pivots and charts, from scratch.'), explores),
    el('aside', {class: 'home-side'}, el('h2', {}, 'Store'), status, ingestHelp())));
  api.dashboards().then((list) => {
    dashboards.replaceChildren(...list.map((d) => el('a', {class: 'card dashboard-card', href: '/dashboards/' + encodeURIComponent(d.name),
      dataset: {testid: 'dashboard-link', name: d.name}},
    el('div', {class: 'card-title'}, d.title),
    d.description ? el('div', {class: 'muted small'}, d.description) : null,
    el('div', {class: 'muted small'}, `${d.tiles} tiles · ${d.filters} filters`))));
    if (!list.length) dashboards.replaceChildren(el('div', {class: 'empty'}, 'No dashboards in this project.'));
  }).catch((error) => dashboards.replaceChildren(errorBox(error)));
  listExplores(explores);
  api.status().then((s) => status.replaceChildren(statusTable(s))).catch((error) => status.replaceChildren(errorBox(error)));
}

function statusTable(s) {
  const count = (n) => formatValue(n ?? 0, {type: 'number'});
  const files = s.files || {};
  const rows = [
    ['Events', count(s.events), 'status-events'],
    ['Accounts', count(s.accounts)],
    ['Regions', count(s.regions)],
    ['First event', s.firstEvent || '—'],
    ['Last event', s.lastEvent || '—'],
    ['Last ingest', s.lastIngest || '—'],
    ['Files', `${count(files.ok)} read · ${count(files.digest)} digests · ${count(files.rejected)} rejected · ${count(files.failed)} failed`],
    ['Engine', s.engine || '—'],
    ['Project', s.project || '—'],
    ['Database', s.database || '—'],
  ];
  const table = el('dl', {class: 'facts'}, rows.map(([label, value, id]) => [el('dt', {}, label),
    el('dd', {dataset: id ? {testid: id} : undefined}, value)]));
  const rejected = (s.rejected || []).length ? el('details', {class: 'rejected', dataset: {testid: 'rejected-files'}},
    el('summary', {}, `Rejected files (${s.rejected.length})`),
    el('ul', {}, s.rejected.map((r) => el('li', {}, el('code', {}, r.path), el('div', {class: 'muted small'}, r.error)))))
    : null;
  return el('div', {}, table, rejected);
}

function ingestHelp() {
  const command = (text) => el('pre', {class: 'command'}, el('code', {}, text));
  return el('section', {class: 'ingest-help', dataset: {testid: 'ingest-help'}},
    el('h2', {}, 'Ingest more'),
    el('p', {class: 'muted small'}, 'From a folder of CloudTrail logs (AWSLogs/… as S3 writes them):'),
    command('trailscope ingest ./AWSLogs --db trailscope.db'),
    el('p', {class: 'muted small'}, 'Straight from the trail\'s S3 bucket:'),
    command('trailscope ingest s3://my-trail-bucket/AWSLogs/ --db trailscope.db'),
    el('p', {class: 'muted small'}, 'Then serve this UI on the store:'),
    command('trailscope serve --db trailscope.db'),
    el('p', {class: 'muted small'}, 'Ingest is incremental: files already read are skipped.'));
}
