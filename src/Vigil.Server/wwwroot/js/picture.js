// The air picture on the page: a worker (track-worker.js) reads the binary track stream and keeps
// the tracks; the map's layer (map-layer.js) draws what it hands over; this module picks tracks under
// the pointer and answers the panels.
//
//   const picture = createPicture(map, { layer, key, onSelect, onTime, onStream, onSectors, onChange });
//   picture.live()                 the live picture (the default)
//   await picture.replay(iso)      the picture at a past time, from the server's history
//   picture.select(id | null)      rings one track; picture.get(id) is its latest state
//   picture.setFilter(filter)      which tracks the map and the list show (track-store.js)
//   await picture.list({ offset, limit, search })  a window of the filtered list
//   picture.count, picture.shown   tracks in the picture, and how many the filter shows

import settings from './settings.js';
import { mercator, ORIGIN, STATE } from './track-store.js';
import { TILE_SIZE } from './map-image.js';

const PICK_PIXELS = 10;

// Starts the worker on `key` at once, so that it reads the stream while the page and the map
// load; createPicture() takes it over with what it has said meanwhile.
export function startTrackWorker(key) {
  const config = {
    base: document.baseURI,
    key,
    liveTrail: settings.liveTrailSeconds,
    replayTrail: settings.replayTrailSeconds,
    redrawMs: settings.trackRedrawMs,
  };
  // The settings go as the worker's name, which it reads at once (see track-worker.js).
  const worker = new Worker(new URL('./track-worker.js', import.meta.url), { type: 'module', name: JSON.stringify(config) });
  const early = [];
  worker.onmessage = ({ data }) => early.push(data);
  worker.onerror = (e) => early.push({ type: 'stream', state: 'error', status: 0, message: `track worker: ${e.message}` });
  return { worker, early, key };
}

// `started` is what startTrackWorker() returned, if it was called with the same key.
export function createPicture(map, { layer, started, key, onSelect, onTime, onStream, onSectors, onChange }) {
  if (started && started.key !== key) started.worker.terminate();
  const { worker, early } = started && started.key === key ? started : startTrackWorker(key);
  let last = null; // the newest picture: positions, ids and state for picking
  let selectedId = null;
  let selected = null;
  let requests = 0;
  const waiting = new Map(); // request number → resolve
  const iso = (ms) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

  const receive = (data) => {
    switch (data.type) {
      case 'picture':
        last = data;
        selected = data.selected;
        layer.take(data);
        layer.selectSlot(data.selectedSlot);
        if (data.mode === 'live') onTime(iso(data.at), iso(data.historyFrom));
        onChange(data);
        break;
      case 'time':
        onTime(iso(data.at), iso(data.historyFrom));
        break;
      case 'stream':
        onStream(data);
        break;
      case 'sectors':
        onSectors(data.sectors);
        break;
      case 'list':
      case 'replayed':
        waiting.get(data.request)?.(data);
        waiting.delete(data.request);
        break;
      default:
        break;
    }
  };
  // What the worker said before now is handed on once the caller has finished wiring (after the
  // current task's code), and in order with what it says next.
  queueMicrotask(() => {
    for (const data of early.splice(0)) receive(data);
    worker.onmessage = ({ data }) => receive(data);
    worker.onerror = (e) => receive({ type: 'stream', state: 'error', status: 0, message: `track worker: ${e.message}` });
  });

  const ask = (message) => new Promise((resolve) => {
    const request = ++requests;
    waiting.set(request, resolve);
    worker.postMessage({ ...message, request });
  });

  // The shown track nearest to the pointer, within PICK_PIXELS; else null.
  function pick(point) {
    if (!last) return null;
    const { lng, lat } = map.unproject(point);
    const [mx, my] = mercator(lng, lat);
    const x = mx - ORIGIN[0];
    const y = my - ORIGIN[1];
    const scale = TILE_SIZE * 2 ** map.getZoom();
    let best = (PICK_PIXELS / scale) ** 2;
    let slot = -1;
    for (let i = 0; i < last.highWater; i++) {
      if (!(last.state[i * 2] & STATE.shown)) continue;
      const dx = last.points[i * 2] - x;
      const dy = last.points[i * 2 + 1] - y;
      const d = dx * dx + dy * dy;
      if (d < best) {
        best = d;
        slot = i;
      }
    }
    return slot < 0 ? null : `T${String(last.ids[slot]).padStart(4, '0')}`;
  }

  map.on('click', (e) => {
    const id = pick(e.point);
    if (id) onSelect(id);
  });
  map.on('mousemove', (e) => {
    map.getCanvas().style.cursor = pick(e.point) ? 'pointer' : '';
  });

  return {
    live() {
      worker.postMessage({ type: 'live' });
    },
    async replay(at) {
      const answer = await ask({ type: 'replay', at });
      if (answer.error) throw Object.assign(new Error(answer.error), { status: answer.status });
      return iso(answer.at);
    },
    select(id) {
      selectedId = id || null;
      if (!selectedId) layer.selectSlot(-1);
      worker.postMessage({ type: 'select', id: selectedId });
    },
    get(id) {
      return selected && selected.id === id ? selected : undefined;
    },
    setFilter(filter) {
      worker.postMessage({ type: 'filter', filter });
    },
    list({ offset, limit, search }) {
      return ask({ type: 'list', offset, limit, search });
    },
    get count() {
      return last ? last.count : 0;
    },
    get shown() {
      return last ? last.shown : 0;
    },
  };
}
