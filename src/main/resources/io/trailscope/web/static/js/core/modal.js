// A dialog on top of the page: Escape or the close button closes the topmost one, focus moves inside and comes back.
import {el} from './dom.js';

const stack = [];

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && stack.length) {
    event.stopPropagation();
    stack[stack.length - 1]();
  }
}, true);

export function openModal({title, testid, wide}) {
  const previous = document.activeElement;
  const body = el('div', {class: 'modal-body'});
  const close = el('button', {type: 'button', class: 'icon-button', 'aria-label': 'Close',
    dataset: {testid: 'modal-close'}}, '✕');
  const heading = el('h2', {class: 'modal-title', title}, title);
  const dialog = el('div', {class: 'modal' + (wide ? ' modal-wide' : ''), role: 'dialog', 'aria-modal': 'true',
    'aria-label': title, dataset: {testid: testid || 'modal'}, tabindex: '-1'},
  el('div', {class: 'modal-head'}, heading, close), body);
  const backdrop = el('div', {class: 'backdrop'}, dialog);
  function shut() {
    const index = stack.indexOf(shut);
    if (index >= 0) stack.splice(index, 1);
    backdrop.remove();
    if (previous && previous.isConnected && previous.focus) previous.focus();
  }
  close.addEventListener('click', shut);
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) shut();
  });
  stack.push(shut);
  document.body.append(backdrop);
  dialog.focus();
  return {body, heading, close: shut, dialog};
}
