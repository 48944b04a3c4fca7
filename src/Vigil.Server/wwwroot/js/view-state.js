// The view lives in the address's query, so a view can be shared as a link and survives a reload:
//   ?lat=34.1&lon=71.2&zoom=8&track=T0003&incident=INC-0001&t=2026-06-30T01:32:00Z
// lat/lon/zoom: the map's centre and zoom; track: the selected track; incident: the open incident;
// t: the replayed time (absent when the picture is live). Unknown parameters are kept.

import settings from './settings.js';

const order = ['lat', 'lon', 'zoom', 'track', 'incident', 't'];
let view = read();
let timer = null;

function number(params, name, min, max) {
  const v = Number.parseFloat(params.get(name));
  return Number.isFinite(v) && v >= min && v <= max ? v : null;
}

function read() {
  const p = new URLSearchParams(location.search);
  const t = p.get('t');
  return {
    lat: number(p, 'lat', -90, 90),
    lon: number(p, 'lon', -180, 180),
    zoom: number(p, 'zoom', 0, 24),
    track: p.get('track') || null,
    incident: p.get('incident') || null,
    t: t && !Number.isNaN(Date.parse(t)) ? new Date(t).toISOString().replace('.000Z', 'Z') : null,
  };
}

// The view as the page was opened with.
export function initialView() {
  return { ...view };
}

// Changes part of the view; the address follows (delayed when `soon`, for map movement).
export function setView(changes, { soon = false } = {}) {
  view = { ...view, ...changes };
  clearTimeout(timer);
  if (soon) timer = setTimeout(write, settings.urlWriteDelayMs);
  else write();
}

function write() {
  const params = new URLSearchParams(location.search);
  for (const name of order) params.delete(name);
  const text = {
    lat: view.lat === null ? null : view.lat.toFixed(4),
    lon: view.lon === null ? null : view.lon.toFixed(4),
    zoom: view.zoom === null ? null : view.zoom.toFixed(2),
    track: view.track,
    incident: view.incident,
    t: view.t,
  };
  const ordered = new URLSearchParams();
  for (const name of order) if (text[name] !== null && text[name] !== undefined) ordered.set(name, text[name]);
  for (const [name, value] of params) ordered.append(name, value);
  const query = ordered.toString().replaceAll('%3A', ':');
  history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
}
