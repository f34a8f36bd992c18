// Pretty JSON as coloured spans (keys, strings, numbers, literals), every value a text node.
import {el} from './dom.js';

export function jsonView(value) {
  const pre = el('pre', {class: 'json'});
  write(pre, value, '');
  return pre;
}

function write(out, value, indent) {
  if (Array.isArray(value)) {
    if (!value.length) return out.append('[]');
    out.append('[\n');
    value.forEach((item, i) => {
      out.append(indent + '  ');
      write(out, item, indent + '  ');
      out.append(i < value.length - 1 ? ',\n' : '\n');
    });
    return out.append(indent + ']');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return out.append('{}');
    out.append('{\n');
    entries.forEach(([key, item], i) => {
      out.append(indent + '  ', el('span', {class: 'json-key'}, JSON.stringify(key)), ': ');
      write(out, item, indent + '  ');
      out.append(i < entries.length - 1 ? ',\n' : '\n');
    });
    return out.append(indent + '}');
  }
  const kind = value === null ? 'null' : typeof value;
  return out.append(el('span', {class: 'json-' + kind}, JSON.stringify(value)));
}
