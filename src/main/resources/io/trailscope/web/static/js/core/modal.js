// A dialog on top of the page: Escape or the close button closes it, focus moves inside and comes back.
import {el} from './dom.js';

export function openModal({title, testid, wide}) {
  const previous = document.activeElement;
  const body = el('div', {class: 'modal-body'});
  const close = el('button', {type: 'button', class: 'icon-button', 'aria-label': 'Close',
    dataset: {testid: 'modal-close'}}, '✕');
  const heading = el('h2', {class: 'modal-title'}, title);
  const dialog = el('div', {class: 'modal' + (wide ? ' modal-wide' : ''), role: 'dialog', 'aria-modal': 'true',
    dataset: {testid: testid || 'modal'}, tabindex: '-1'},
  el('div', {class: 'modal-head'}, heading, close), body);
  const backdrop = el('div', {class: 'backdrop'}, dialog);
  const onKey = (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      shut();
    }
  };
  function shut() {
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    if (previous && previous.focus) previous.focus();
  }
  close.addEventListener('click', shut);
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) shut();
  });
  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  dialog.focus();
  return {body, heading, close: shut, dialog};
}
