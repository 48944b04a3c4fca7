// The picture's worker: reads the binary track stream (GET /api/tracks/stream) and replayed
// moments (GET /api/tracks?at=… as track frames), keeps each picture in a TrackStore, filters and
// lists tracks, and hands the page ready-to-draw arrays at most every redrawMs (and at once after
// a filter, a selection or a switch of picture). The page never parses a track.
//
// Its settings {base, key, liveTrail, replayTrail, redrawMs} come as its name (JSON), which it has
// from its first moment: a first message would wait until the page's thread is free, which while
// the map starts can be a second. From the page: live, replay {at, request}, filter {filter},
// select {id}, list {request, offset, limit, search}.
// To the page: picture {…arrays}, time {at, historyFrom}, stream {state, status, message},
// sectors {sectors}, list {request, total, offset, rows}, replayed {request, at, error}.

import { FrameReader, MEDIA_TYPE, readFrame, Kind } from './track-frames.js';
import { TrackStore, RING_SEGMENTS, VERTEX_FLOATS, STATE_WIDTH } from './track-store.js';
import { check } from './http.js';

const TIME_GAP_MS = 1000;
const GROWN_GAP_MS = 50;
const RECONNECT_MS = 1000;
const RECONNECT_MAX_MS = 15000;

const config = JSON.parse(self.name);
const live = new TrackStore();
let replay = null; // the replayed moment's store, once the page asked for one
let filter = null;
let shown = live;
let fullNext = true; // the page's GPU buffers must be replaced (after a switch of picture)
let selected = null;
let postTimer = null;
let lastPost = 0;
let postedCount = 0; // tracks in the last picture sent
let lastTime = 0;
let replayAbort = null;
let listCache = { version: -1, search: null, store: null, slots: [] };

const post = (message, transfer) => self.postMessage(message, transfer || []);

function headers(accept) {
  return { Accept: accept, Authorization: `Bearer ${config.key}` };
}

// Sends the shown picture's arrays soon: at most every redrawMs; within GROWN_GAP_MS when it has
// tracks the page has not seen yet (a snapshot arriving in frames, a new target); or at once.
function schedule(now = false) {
  if (now) clearTimeout(postTimer);
  else if (postTimer !== null) return;
  const gap = shown.count > postedCount ? GROWN_GAP_MS : config.redrawMs;
  postTimer = setTimeout(sendPicture, now ? 0 : Math.max(0, lastPost + gap - performance.now()));
}

function sendPicture() {
  clearTimeout(postTimer);
  postTimer = null;
  lastPost = performance.now();
  const s = shown;
  postedCount = s.count;
  const rows = Math.max(1, Math.ceil(s.highWater / STATE_WIDTH));
  const points = s.points.slice(0, s.highWater * 2);
  const heads = s.heads.slice(0, s.highWater * 2 * VERTEX_FLOATS);
  const state = s.state.slice(0, rows * STATE_WIDTH * 2);
  const ids = s.ids.slice(0, s.highWater);
  const trail = trailChanges(s);
  const transfer = [points.buffer, heads.buffer, state.buffer, ids.buffer, ...trail.ranges.map((r) => r.data.buffer)];
  const slot = selected === null ? undefined : s.slotOfId(selected);
  post({
    type: 'picture',
    mode: s === live ? 'live' : 'replay',
    at: s.at,
    historyFrom: live.historyFrom,
    liveAt: live.at,
    base: s.base,
    count: s.count,
    shown: s.shownCount(),
    highWater: s.highWater,
    stateRows: rows,
    points,
    heads,
    state,
    ids,
    trail,
    selected: slot === undefined ? null : s.track(slot),
    selectedSlot: slot === undefined ? -1 : slot,
  }, transfer);
  if (s.sectorsChanged) {
    s.sectorsChanged = false;
    post({ type: 'sectors', sectors: [...s.sectors].sort() });
  }
}

// The trail segments the page has not got: the whole ring, or the new ones (in one or two ranges).
function trailChanges(s) {
  const segment = 2 * VERTEX_FLOATS;
  let ranges;
  if (fullNext || s.ringReset) {
    ranges = [{ at: 0, data: s.ring.slice() }];
  } else {
    const from = (s.ringNext - s.ringNew + RING_SEGMENTS) % RING_SEGMENTS;
    const n = s.ringNew;
    const first = Math.min(n, RING_SEGMENTS - from);
    ranges = [];
    if (first > 0) ranges.push({ at: from, data: s.ring.slice(from * segment, (from + first) * segment) });
    if (n > first) ranges.push({ at: 0, data: s.ring.slice(0, (n - first) * segment) });
  }
  const reset = fullNext || s.ringReset;
  fullNext = false;
  s.ringReset = false;
  s.ringNew = 0;
  return { reset, ranges, used: s.ringUsed };
}

// The live stream, for as long as the page lives: reconnects with a growing delay.
async function runStream() {
  let delay = RECONNECT_MS;
  let trail = config.liveTrail;
  for (;;) {
    try {
      const url = new URL(`api/tracks/stream${trail ? `?trail=${trail}` : ''}`, config.base);
      const response = await check(await fetch(url, { headers: headers(MEDIA_TYPE), cache: 'no-store' }), 'api/tracks/stream');
      post({ type: 'stream', state: 'open' });
      delay = RECONNECT_MS;
      const reader = new FrameReader((view) => onLiveFrame(readFrame(view)));
      const body = response.body.getReader();
      for (;;) {
        const { value, done } = await body.read();
        if (done) break;
        reader.push(value);
      }
      post({ type: 'stream', state: 'closed' });
    } catch (error) {
      post({ type: 'stream', state: 'error', status: error.status || 0, message: error.message || String(error) });
      if (error.status === 401) return;
      if (error.status === 400 && trail) {
        // The server keeps less history than the trail asked for: the stream without trails.
        trail = null;
        continue;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  }
}

function onLiveFrame(frame) {
  if (frame.kind === Kind.dropped) {
    post({ type: 'stream', state: 'open', dropped: frame.lost });
    return;
  }
  if (!live.apply(frame)) return;
  if (shown === live) {
    schedule();
  } else if (performance.now() - lastTime >= TIME_GAP_MS) {
    lastTime = performance.now();
    post({ type: 'time', at: live.at, historyFrom: live.historyFrom });
  }
}

async function showReplay(at, request) {
  replayAbort?.abort();
  replayAbort = new AbortController();
  try {
    const path = `api/tracks?at=${encodeURIComponent(at)}&trail=${config.replayTrail}`;
    const response = await check(await fetch(new URL(path, config.base), { headers: headers(MEDIA_TYPE), signal: replayAbort.signal }), path);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (replayAbort.signal.aborted) return;
    if (!replay) {
      replay = new TrackStore();
      if (filter) replay.setFilter(filter);
    }
    const store = replay;
    new FrameReader((view) => store.apply(readFrame(view))).push(bytes);
    shown = store;
    fullNext = true;
    sendPicture();
    post({ type: 'replayed', request, at: store.at });
  } catch (error) {
    if (error.name === 'AbortError') return;
    post({ type: 'replayed', request, error: error.message || String(error), status: error.status || 0 });
  }
}

function showLive() {
  replayAbort?.abort();
  shown = live;
  fullNext = true;
  sendPicture();
}

function list({ request, offset, limit, search }) {
  const s = shown;
  if (listCache.version !== s.version || listCache.search !== search || listCache.store !== s) {
    listCache = { version: s.version, search, store: s, slots: s.list(search) };
  }
  const slots = listCache.slots;
  const rows = [];
  for (let i = offset; i < Math.min(slots.length, offset + limit); i++) rows.push(s.track(slots[i]));
  post({ type: 'list', request, total: slots.length, offset, rows });
}

self.onmessage = ({ data }) => {
  switch (data.type) {
    case 'live':
      showLive();
      break;
    case 'replay':
      showReplay(data.at, data.request);
      break;
    case 'filter':
      filter = data.filter;
      live.setFilter(data.filter);
      replay?.setFilter(data.filter);
      schedule(true);
      break;
    case 'select':
      selected = data.id;
      schedule(true);
      break;
    case 'list':
      list(data);
      break;
    default:
      throw new Error(`track worker: unknown message ${data.type}`);
  }
};

runStream();
