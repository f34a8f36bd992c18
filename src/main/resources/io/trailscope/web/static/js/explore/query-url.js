// The explore page keeps its query body in ?q= (URL-encoded JSON) and the chart type in ?vis=,
// so a link is the whole query.

const BODY_KEYS = ['model', 'explore', 'fields', 'filters', 'sorts', 'limit', 'pivots', 'fillFields', 'columnLimit',
  'timeZone', 'calculations'];

/** Only the keys of a query body (a tile's query also carries listen, hiddenFields...). */
export function queryBody(query) {
  const body = {};
  for (const key of BODY_KEYS) {
    if (query[key] !== undefined && query[key] !== null) body[key] = query[key];
  }
  return body;
}

export function exploreUrl(query, vis) {
  const model = query.model || '_';
  const body = queryBody(query);
  return `/explore/${encodeURIComponent(model)}/${encodeURIComponent(query.explore)}?q=${encodeURIComponent(JSON.stringify(body))}`
    + (vis ? '&vis=' + encodeURIComponent(vis) : '');
}

export function queryFromUrl() {
  const text = new URLSearchParams(location.search).get('q');
  if (!text) return null;
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? queryBody(parsed) : null;
  } catch (ignored) {
    return null;
  }
}

export function visFromUrl() {
  return new URLSearchParams(location.search).get('vis');
}
