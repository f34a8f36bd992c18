// A field filter: a Looker filter expression, with value suggestions (distinct values) when the field allows.
import {api} from '../core/api.js';
import {el, testid} from '../core/dom.js';
import {exactExpression} from './url-state.js';

export function fieldFilter(filter, value, onChange) {
  const id = testid(filter.name);
  const input = el('input', {type: 'text', class: 'expression', spellcheck: 'false', autocomplete: 'off',
    placeholder: filter.allowMultipleValues ? 'any value (a, b, -c, foo%)' : 'any value',
    'aria-label': filter.title, dataset: {testid: 'filter-input-' + id}, value, role: 'combobox',
    'aria-expanded': 'false'});
  const list = el('ul', {class: 'suggestions', role: 'listbox', hidden: true, dataset: {testid: 'suggestions-' + id}});
  let timer = null;
  let active = -1;
  let requested = 0;

  async function suggest() {
    if (!filter.suggestable || !filter.field || !filter.explore) return;
    const parts = input.value.split(/(?<!\^),/);
    const prefix = parts[parts.length - 1].trim().replace(/^-/, '');
    const mine = ++requested;
    try {
      const result = await api.suggest(filter.model || '_', filter.explore, filter.field, prefix);
      if (mine !== requested || document.activeElement !== input) return;
      showValues((result.values || []).slice(0, 50));
    } catch (ignored) {
      hide();
    }
  }

  function showValues(values) {
    active = -1;
    list.replaceChildren(...values.map((v) => {
      const option = el('li', {role: 'option', class: 'suggestion', dataset: {testid: 'suggestion'}},
        v === null ? '∅ (null)' : String(v));
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(v);
      });
      return option;
    }));
    list.hidden = values.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  }

  function hide() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function pick(v) {
    const expression = exactExpression(v);
    if (filter.allowMultipleValues) {
      // The last part is the prefix being typed (maybe empty): the pick replaces it.
      const parts = input.value.split(/(?<!\^),/).map((p) => p.trim());
      parts[parts.length - 1] = expression;
      input.value = parts.filter(Boolean).join(', ');
    } else {
      input.value = expression;
    }
    hide();
    onChange(input.value.trim());
  }

  input.addEventListener('focus', suggest);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener('blur', () => setTimeout(hide, 100));
  input.addEventListener('keydown', (event) => {
    const options = [...list.children];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || !options.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      options.forEach((o, i) => o.classList.toggle('active', i === active));
      options[active].scrollIntoView({block: 'nearest'});
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        options[active].dispatchEvent(new MouseEvent('mousedown'));
      } else {
        hide();
        onChange(input.value.trim());
      }
    } else if (event.key === 'Escape') {
      hide();
    }
  });
  return {node: el('span', {class: 'field-filter'}, input, list), show: (v) => {
    input.value = v;
  }};
}
