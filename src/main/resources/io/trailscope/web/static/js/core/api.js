// The JSON API of docs/api.md. Every failure becomes an ApiError carrying the server's error body.

export class ApiError extends Error {
  constructor(status, error) {
    super(error && error.message ? error.message : `HTTP ${status}`);
    this.status = status;
    this.code = error && error.code ? error.code : 'HTTP_' + status;
    this.location = error ? error.location : undefined;
  }
}

async function request(method, path, body) {
  const init = {method, headers: {Accept: 'application/json'}};
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (failure) {
    throw new ApiError(0, {code: 'NETWORK', message: 'The server did not answer: ' + failure.message});
  }
  let json = null;
  try {
    json = await response.json();
  } catch (ignored) {
    json = null;
  }
  if (!response.ok) throw new ApiError(response.status, json && json.error);
  return json;
}

const enc = encodeURIComponent;

export const api = {
  status: () => request('GET', '/api/status'),
  dashboards: () => request('GET', '/api/dashboards'),
  dashboard: (name) => request('GET', `/api/dashboards/${enc(name)}`),
  tile: (name, element, body, refresh) =>
    request('POST', `/api/dashboards/${enc(name)}/tiles/${enc(element)}${refresh ? '?cache=false' : ''}`, body),
  explores: () => request('GET', '/api/explores'),
  explore: (model, explore) => request('GET', `/api/explores/${enc(model)}/${enc(explore)}`),
  suggest: (model, explore, field, q) =>
    request('GET', `/api/explores/${enc(model)}/${enc(explore)}/suggest?field=${enc(field)}&q=${enc(q || '')}`),
  drill: (body) => request('POST', '/api/drill', body),
  event: (id) => request('GET', `/api/events/${enc(id)}`),
  query: (body, refresh) => request('POST', `/api/query${refresh ? '?cache=false' : ''}`, body),
  sql: (body) => request('POST', '/api/query/sql', body),
  downloadUrl: (format, body) => `/api/query/download?format=${enc(format)}&q=${enc(JSON.stringify(body))}`,
};
