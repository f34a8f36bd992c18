// The raw CloudTrail event as pretty JSON, with where it came from and a copy button.
import {api} from '../core/api.js';
import {el} from '../core/dom.js';
import {errorBox} from '../core/errors.js';
import {openModal} from '../core/modal.js';
import {jsonView} from '../core/json-view.js';

export async function openEvent(eventId) {
  const modal = openModal({title: 'Event ' + eventId, testid: 'event-modal', wide: true});
  modal.body.append(el('div', {class: 'loading', dataset: {testid: 'loading'}}, 'Loading the event…'));
  try {
    const found = await api.event(eventId);
    const json = JSON.stringify(found.event, null, 2);
    const status = el('span', {class: 'muted', role: 'status'});
    const copy = el('button', {type: 'button', class: 'button', dataset: {testid: 'copy-json'}}, 'Copy JSON');
    copy.addEventListener('click', async () => {
      status.textContent = (await copyText(json)) ? 'Copied' : 'Select the text and copy it';
    });
    modal.body.replaceChildren(
      el('div', {class: 'toolbar'}, copy, status, el('span', {class: 'spacer'}),
        found.source ? el('span', {class: 'muted mono small', dataset: {testid: 'event-source'}},
          found.source.path || '', found.source.ingestedAt ? ' · ingested ' + found.source.ingestedAt : '') : null),
      Object.assign(jsonView(found.event), {tabIndex: 0}));
    modal.body.querySelector('pre.json').dataset.testid = 'event-json';
  } catch (error) {
    modal.body.replaceChildren(errorBox(error, 'event-error'));
  }
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (ignored) {
    const area = el('textarea', {class: 'offscreen'}, text);
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
