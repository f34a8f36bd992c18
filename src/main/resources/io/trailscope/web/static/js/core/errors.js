// How an API error reads on the page: message, code and LookML location.
import {el} from './dom.js';

export function errorBox(error, testid) {
  const location = error.location
    ? `${error.location.file}:${error.location.line}:${error.location.column}` : null;
  return el('div', {class: 'error-box', role: 'alert', dataset: {testid: testid || 'error'}},
    el('div', {class: 'error-message'}, error.message || String(error)),
    el('div', {class: 'error-meta'}, error.code ? el('code', {}, error.code) : null,
      location ? el('span', {}, ' at ', el('code', {}, location)) : null));
}
