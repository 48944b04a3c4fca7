// The API client: every call sends `Authorization: Bearer KEY`; an error answer (problem+json)
// becomes an ApiError (http.js) carrying its status and detail.

import { currentKey } from './key.js';
import { check } from './http.js';

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  const key = currentKey();
  if (key) h.Authorization = `Bearer ${key}`;
  return h;
}

export async function get(path, { signal } = {}) {
  const response = await check(await fetch(path, { headers: headers(), signal }), path);
  return response.json();
}

export async function post(path, body, { signal } = {}) {
  const init = { method: 'POST', headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }), signal };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await check(await fetch(path, init), path);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

// Opens the event stream; the caller reads the body (see sse.js).
export async function openStream(path, { signal, lastEventId } = {}) {
  const extra = { Accept: 'text/event-stream' };
  if (lastEventId) extra['Last-Event-ID'] = lastEventId;
  return check(await fetch(path, { headers: headers(extra), signal, cache: 'no-store' }), path);
}
