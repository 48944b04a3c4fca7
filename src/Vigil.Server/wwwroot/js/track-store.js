// One picture's tracks in typed arrays, laid out for the map's layer (map-layer.js): the worker
// applies track frames here and hands the arrays over. Each track has a slot; a slot's vertex
// data is in Web Mercator relative to ORIGIN (so float32 keeps centimetres), and its state is two
// bytes: STATE bits and a generation that changes whenever the slot is freed, so the trail
// segments a freed slot left behind are never drawn for the next track to take it.
//
// Trails are line segments in one ring shared by every track: a track adds a segment whenever
// TRAIL_SPACING_MS have passed since its last trail point, the newest segments overwrite the
// oldest, and the layer hides segments older than the trail window. With many tracks the ring
// holds less time (65,536 segments: 2,000 tracks at one point in 2 s keep about 65 s, 10,000 about
// 13 s): drawing every segment is a cost each frame, and software WebGL pays it on the CPU.
// Between its last trail point and where it is now, each track has a head segment.

import { CLASSES, Flag, Kind, readTrack, removedId, readTrails } from './track-frames.js';

export const ORIGIN = mercator(68.9, 32.6); // near the middle of the Afghanistan–Pakistan border
export const TRAIL_SPACING_MS = 2000;
export const RING_SEGMENTS = 1 << 16;
export const STATE_WIDTH = 1024; // state texture width; its height grows with the slots
export const VERTEX_FLOATS = 4; // x, y, time (s after the store's base), slot × 256 + generation
export const MAX_SLOTS = 1 << 16; // slot × 256 + generation must stay exact in a float32

export const STATE = Object.freeze({ classMask: 3, alerted: 4, cooperative: 8, shown: 16, confirmed: 32 });

export function mercator(lon, lat) {
  const x = (lon + 180) / 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
  return [x, y];
}

const mercX = (lon) => (lon + 180) / 360 - ORIGIN[0];
function mercY(lat) {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI - ORIGIN[1];
}

// Which tracks are shown: classes (names), sector (exact name or null for any), alerted only,
// cooperative ('any' | 'yes' | 'no').
export const NO_FILTER = Object.freeze({ classes: CLASSES, sector: null, alerted: false, cooperative: 'any' });

export class TrackStore {
  constructor() {
    this.capacity = 0;
    this.slotOf = new Map(); // track id → slot
    this.free = [];
    this.highWater = 0;
    this.strings = []; // sectors and UAS IDs, interned: index + 1 in sector / uas (0: none)
    this.stringIndex = new Map();
    this.sectors = new Set();
    this.sectorsChanged = false;
    this.filter = NO_FILTER;
    this.filterClasses = new Set(CLASSES.map((_, i) => i));
    this.at = NaN;
    this.historyFrom = NaN;
    this.base = NaN; // ms: vertex times are seconds after it
    this.ring = new Float32Array(RING_SEGMENTS * 2 * VERTEX_FLOATS);
    this.version = 0; // changes with every change to the tracks: the list re-sorts only then
    this.clearRing();
    this.grow(1024);
    this.scratch = {};
  }

  clearRing() {
    for (let i = 0; i < this.ring.length; i += VERTEX_FLOATS) {
      this.ring[i + 2] = -Infinity; // never drawn: older than any window
      this.ring[i + 3] = -1;
    }
    this.ringNext = 0;
    this.ringUsed = 0; // segments [0, ringUsed) have been written: only they are drawn
    this.ringReset = true; // the whole ring must be sent
    this.ringFrom = 0; // else: segments [ringFrom, ringNext) (modulo) are new
    this.ringNew = 0;
  }

  grow(capacity) {
    const old = this;
    const copy = (Type, n, from) => {
      const a = new Type(n);
      if (from) a.set(from);
      return a;
    };
    const rows = Math.ceil(capacity / STATE_WIDTH);
    capacity = rows * STATE_WIDTH;
    this.ids = copy(Uint32Array, capacity, old.ids);
    this.lat = copy(Float64Array, capacity, old.lat);
    this.lon = copy(Float64Array, capacity, old.lon);
    this.time = copy(Float64Array, capacity, old.time);
    this.alt = copy(Float32Array, capacity, old.alt);
    this.speed = copy(Float32Array, capacity, old.speed);
    this.heading = copy(Float32Array, capacity, old.heading);
    this.prob = copy(Float32Array, capacity, old.prob);
    this.cls = copy(Uint8Array, capacity, old.cls);
    this.flags = copy(Uint8Array, capacity, old.flags);
    this.sector = copy(Uint32Array, capacity, old.sector);
    this.uas = copy(Uint32Array, capacity, old.uas);
    this.trailX = copy(Float32Array, capacity, old.trailX);
    this.trailY = copy(Float32Array, capacity, old.trailY);
    this.trailT = copy(Float64Array, capacity, old.trailT);
    this.points = copy(Float32Array, capacity * 2, old.points);
    this.heads = copy(Float32Array, capacity * 2 * VERTEX_FLOATS, old.heads);
    this.state = copy(Uint8Array, capacity * 2, old.state);
    this.capacity = capacity;
  }

  get count() {
    return this.slotOf.size;
  }

  // Applies one frame; returns false for frames with no tracks (dropped, heartbeat).
  apply(frame) {
    if (frame.kind !== Kind.snapshot && frame.kind !== Kind.changes) return false;
    if (frame.kind === Kind.snapshot) this.clear();
    if (Number.isFinite(frame.at)) this.at = Math.max(Number.isFinite(this.at) ? this.at : frame.at, frame.at);
    if (!Number.isNaN(frame.historyFrom)) this.historyFrom = frame.historyFrom;
    if (Number.isNaN(this.base) && Number.isFinite(frame.at)) this.base = frame.at;
    const t = this.scratch;
    const slots = new Int32Array(frame.trackCount);
    for (let i = 0; i < frame.trackCount; i++) slots[i] = this.set(readTrack(frame, i, t), !frame.trailPointCount);
    if (frame.trailPointCount) {
      let slot = -1;
      let first = true;
      readTrails(frame, (i) => {
        slot = slots[i];
        first = true;
      }, (lat, lon, at) => {
        if (slot >= 0) this.trailPoint(slot, mercX(lon), mercY(lat), at, first);
        first = false;
      });
    }
    for (let i = 0; i < frame.removedCount; i++) this.remove(removedId(frame, i));
    this.version++;
    return true;
  }

  clear() {
    for (const slot of this.slotOf.values()) this.freeSlot(slot);
    this.slotOf.clear();
    this.clearRing();
    this.version++;
  }

  // Takes a track's new state; with `trail`, extends its trail as time passes.
  set(t, trail) {
    const x = mercX(t.lon);
    const y = mercY(t.lat);
    let slot = this.slotOf.get(t.id);
    if (slot === undefined) {
      if (this.slotOf.size >= MAX_SLOTS) return -1;
      slot = this.free.length > 0 ? this.free.pop() : this.highWater++;
      if (slot >= this.capacity) this.grow(this.capacity * 2);
      this.slotOf.set(t.id, slot);
      this.trailX[slot] = x;
      this.trailY[slot] = y;
      this.trailT[slot] = NaN;
    }
    this.ids[slot] = t.id;
    this.lat[slot] = t.lat;
    this.lon[slot] = t.lon;
    this.time[slot] = t.at;
    this.alt[slot] = t.altM;
    this.speed[slot] = t.speedMps;
    this.heading[slot] = t.headingDeg;
    this.prob[slot] = t.probability;
    this.cls[slot] = t.cls;
    this.flags[slot] = t.flags;
    this.sector[slot] = this.intern(t.sector, true);
    this.uas[slot] = this.intern(t.uasId, false);
    this.points[slot * 2] = x;
    this.points[slot * 2 + 1] = y;
    if (Number.isFinite(t.at) && t.at > (this.at || -Infinity)) this.at = t.at;
    if (trail) {
      if (Number.isNaN(this.trailT[slot])) this.trailPoint(slot, x, y, t.at, true);
      else if (t.at - this.trailT[slot] >= TRAIL_SPACING_MS) this.trailPoint(slot, x, y, t.at, false);
    }
    this.writeHead(slot, x, y, t.at);
    this.writeState(slot);
    return slot;
  }

  // Adds a trail point to a slot: a segment from its previous point, unless `first`.
  trailPoint(slot, x, y, at, first) {
    if (!first && !Number.isNaN(this.trailT[slot])) {
      this.writeSegment(this.ring, this.ringNext, slot, x, y, at);
      this.ringNext = (this.ringNext + 1) % RING_SEGMENTS;
      this.ringUsed = Math.max(this.ringUsed, this.ringNext === 0 ? RING_SEGMENTS : this.ringNext);
      this.ringNew = Math.min(this.ringNew + 1, RING_SEGMENTS);
    }
    this.trailX[slot] = x;
    this.trailY[slot] = y;
    this.trailT[slot] = at;
    this.writeHead(slot, x, y, at);
  }

  writeHead(slot, x, y, at) {
    this.writeSegment(this.heads, slot, slot, x, y, at);
  }

  // Writes segment `index` of `array`: from the slot's last trail point to (x, y). Both ends carry
  // the newer time, so that a segment ages out whole.
  writeSegment(array, index, slot, x, y, at) {
    const o = index * 2 * VERTEX_FLOATS;
    const t = (at - this.base) / 1000;
    const id = slot * 256 + this.state[slot * 2 + 1];
    array[o] = this.trailX[slot];
    array[o + 1] = this.trailY[slot];
    array[o + 2] = t;
    array[o + 3] = id;
    array[o + 4] = x;
    array[o + 5] = y;
    array[o + 6] = t;
    array[o + 7] = id;
  }

  remove(id) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.freeSlot(slot);
  }

  freeSlot(slot) {
    this.state[slot * 2] = 0;
    this.state[slot * 2 + 1] = (this.state[slot * 2 + 1] + 1) & 255;
    this.ids[slot] = 0;
    this.free.push(slot);
  }

  intern(text, isSector) {
    if (text === null || text === undefined) return 0;
    let i = this.stringIndex.get(text);
    if (i === undefined) {
      this.strings.push(text);
      i = this.strings.length;
      this.stringIndex.set(text, i);
    }
    if (isSector && !this.sectors.has(text)) {
      this.sectors.add(text);
      this.sectorsChanged = true;
    }
    return i;
  }

  text(index) {
    return index === 0 ? null : this.strings[index - 1];
  }

  passes(slot) {
    const f = this.filter;
    const flags = this.flags[slot];
    if (!this.filterClasses.has(this.cls[slot])) return false;
    if (f.alerted && !(flags & Flag.alerted)) return false;
    if (f.cooperative === 'yes' && !(flags & Flag.cooperative)) return false;
    if (f.cooperative === 'no' && flags & Flag.cooperative) return false;
    if (f.sector !== null && this.text(this.sector[slot]) !== f.sector) return false;
    return true;
  }

  writeState(slot) {
    const flags = this.flags[slot];
    let s = this.cls[slot] & STATE.classMask;
    if (flags & Flag.alerted) s |= STATE.alerted;
    if (flags & Flag.cooperative) s |= STATE.cooperative;
    if (flags & Flag.confirmed) s |= STATE.confirmed;
    if (this.passes(slot)) s |= STATE.shown;
    this.state[slot * 2] = s;
  }

  setFilter(filter) {
    this.filter = { ...NO_FILTER, ...filter };
    this.filterClasses = new Set(this.filter.classes.map((c) => CLASSES.indexOf(c)).filter((i) => i >= 0));
    for (const slot of this.slotOf.values()) this.writeState(slot);
    this.version++;
  }

  // The shown tracks whose id contains `search` (digits, with or without the T), alerted first,
  // then by id: an Int32Array of slots.
  list(search) {
    const digits = String(search || '').trim().replace(/^t/i, '');
    const slots = [];
    for (const slot of this.slotOf.values()) {
      if (!(this.state[slot * 2] & STATE.shown)) continue;
      if (digits && !String(this.ids[slot]).padStart(4, '0').includes(digits)) continue;
      slots.push(slot);
    }
    const alerted = (s) => (this.flags[s] & Flag.alerted ? 0 : 1);
    slots.sort((a, b) => alerted(a) - alerted(b) || this.ids[a] - this.ids[b]);
    return slots;
  }

  shownCount() {
    let n = 0;
    for (const slot of this.slotOf.values()) if (this.state[slot * 2] & STATE.shown) n++;
    return n;
  }

  // A track as GET /api/tracks shows it (for the track card and the list).
  track(slot) {
    const flags = this.flags[slot];
    return {
      id: `T${String(this.ids[slot]).padStart(4, '0')}`,
      lat: this.lat[slot],
      lon: this.lon[slot],
      altM: this.alt[slot],
      speedMps: this.speed[slot],
      headingDeg: this.heading[slot],
      class: CLASSES[this.cls[slot]] || 'unknown',
      probability: this.prob[slot],
      status: flags & Flag.confirmed ? 'confirmed' : 'tentative',
      sector: this.text(this.sector[slot]),
      alerted: Boolean(flags & Flag.alerted),
      uasId: this.text(this.uas[slot]),
      at: new Date(this.time[slot]).toISOString(),
    };
  }

  slotOfId(text) {
    const n = Number.parseInt(String(text || '').replace(/^t/i, ''), 10);
    return Number.isFinite(n) ? this.slotOf.get(n) : undefined;
  }
}
