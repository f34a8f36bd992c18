// Dashboard filters and the time zone live in the URL (?Date=last+7+days&tz=UTC), so links are shareable.
// An absent parameter means the filter's default value; an empty one means "cleared".

export const TIME_ZONE_PARAM = 'tz';

export function readState(definition) {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const filter of definition.filters || []) {
    filters[filter.name] = params.has(filter.name) ? params.get(filter.name) : (filter.defaultValue || '');
  }
  // An empty time zone means the dashboard's own (query_timezone, else UTC): the server decides.
  return {filters, timeZone: params.get(TIME_ZONE_PARAM) || ''};
}

export function writeState(definition, state, push) {
  const params = new URLSearchParams();
  for (const filter of definition.filters || []) {
    const value = state.filters[filter.name] ?? '';
    if (value !== (filter.defaultValue || '')) params.set(filter.name, value);
  }
  if (state.timeZone) params.set(TIME_ZONE_PARAM, state.timeZone);
  const query = params.toString();
  const url = location.pathname + (query ? '?' + query : '');
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function defaultTimeZone(definition) {
  return definition.queryTimezone || 'UTC';
}

/** A value as a Looker filter expression matching exactly that value. */
export function exactExpression(value) {
  if (value === null || value === undefined) return 'NULL';
  const text = String(value);
  if (text === '') return 'EMPTY';
  return text.replace(/[\^,%_"]/g, (c) => '^' + c).replace(/^-/, '^-').replace(/^(NULL|EMPTY)$/i, '^$1');
}
