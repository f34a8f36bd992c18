// DOM building without innerHTML: every value becomes a text node, so data can never become markup.

/**
 * el('a', {href: '/x', class: 'link', dataset: {testid: 'n'}, onclick: fn}, 'text', childNode, [more])
 * Attributes starting with "on" become listeners; null/undefined/false attributes and children are skipped.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') {
      for (const [name, v] of Object.entries(value)) node.dataset[name] = v;
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') {
      node[key] = value;
    } else if (key === 'href' && !safeHref(String(value))) {
      continue;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only http(s), mailto, relative and fragment links: never javascript: or data:. */
export function safeHref(href) {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return true;
  return /^[/#?.]/.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
}

export function testid(value) {
  return String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
