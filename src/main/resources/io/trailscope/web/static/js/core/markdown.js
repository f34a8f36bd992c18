// A small safe Markdown renderer for text tiles: headings, paragraphs, **bold**, *italic*, `code`, fenced code,
// [links](https://...), bullet and numbered lists. It builds DOM nodes, so HTML in the source stays text.
import {el} from './dom.js';

export function renderMarkdown(source) {
  const root = el('div', {class: 'markdown'});
  const lines = String(source || '').replace(/\r\n?/g, '\n').split('\n');
  let paragraph = [];
  let list = null;
  const flushParagraph = () => {
    if (paragraph.length) root.append(el('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
  };
  const flushList = () => {
    if (list) root.append(list);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^```/.test(line.trim())) {
      flushParagraph();
      flushList();
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i].trim()); i++) code.push(lines[i]);
      root.append(el('pre', {}, el('code', {}, code.join('\n'))));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      root.append(el('h' + Math.min(6, heading[1].length + 2), {}, inline(heading[2])));
    } else if (bullet || numbered) {
      flushParagraph();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        flushList();
        list = el(tag);
      }
      list.append(el('li', {}, inline((bullet || numbered)[1])));
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return root;
}

const TOKEN = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/;

/** Inline spans as nodes: text stays text. */
export function inline(text) {
  const nodes = [];
  let rest = text;
  while (rest.length) {
    const match = TOKEN.exec(rest);
    if (!match) {
      nodes.push(rest);
      break;
    }
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const token = match[0];
    if (match[1]) {
      nodes.push(el('code', {}, token.slice(1, -1)));
    } else if (match[2]) {
      nodes.push(el('strong', {}, inline(token.slice(2, -2))));
    } else if (match[3]) {
      nodes.push(el('em', {}, inline(token.slice(1, -1))));
    } else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const safe = /^(https?:|mailto:|\/|#)/i.test(link[2]);
      nodes.push(safe ? el('a', {href: link[2], target: '_blank', rel: 'noopener noreferrer'}, inline(link[1]))
        : link[1]);
    }
    rest = rest.slice(match.index + token.length);
  }
  return nodes;
}
