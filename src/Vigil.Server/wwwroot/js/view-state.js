// The view lives in the address's query, so a view can be shared as a link and survives a reload:
//   ?lat=34.1&lon=71.2&zoom=8&track=T0003&incident=INC-0001&t=2026-06-30T01:32:00Z
//    &classes=drone,unknown&sector=Khost&alerted=1&coop=no&q=12
// lat/lon/zoom: the map's centre and zoom; track: the selected track; incident: the open incident;
// t: the replayed time (absent when the picture is live); classes, sector, alerted, coop: the
// track filter (absent: every class, any sector, alerted or not, cooperative or not); q: the
// track list's search. Unknown parameters are kept.

import settings from './settings.js';
import { CLASSES } from './track-frames.js';

const order = ['lat', 'lon', 'zoom', 'track', 'incident', 't', 'classes', 'sector', 'alerted', 'coop', 'q'];
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
    filter: {
      classes: p.has('classes') ? p.get('classes').split(',').filter((c) => CLASSES.includes(c)) : [...CLASSES],
      sector: p.get('sector') || null,
      alerted: p.get('alerted') === '1',
      cooperative: ['yes', 'no'].includes(p.get('coop')) ? p.get('coop') : 'any',
    },
    q: p.get('q') || '',
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
    classes: view.filter.classes.length === CLASSES.length ? null : view.filter.classes.join(','),
    sector: view.filter.sector,
    alerted: view.filter.alerted ? '1' : null,
    coop: view.filter.cooperative === 'any' ? null : view.filter.cooperative,
    q: view.q || null,
  };
  const ordered = new URLSearchParams();
  for (const name of order) if (text[name] !== null && text[name] !== undefined) ordered.set(name, text[name]);
  for (const [name, value] of params) ordered.append(name, value);
  const query = ordered.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
}
