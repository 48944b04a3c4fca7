// Track frames (docs/track-frames.md): the live picture in binary, 32 bytes a track. A FrameReader
// cuts a byte stream into frames wherever the network split it; readFrame() gives one frame's
// header and fields without copying the bytes.

export const MEDIA_TYPE = 'application/vnd.vigil.tracks';
export const Kind = Object.freeze({ snapshot: 1, changes: 2, dropped: 3, heartbeat: 4 });
export const CLASSES = Object.freeze(['drone', 'bird', 'aircraft', 'unknown']);
export const Flag = Object.freeze({ confirmed: 1, alerted: 2, cooperative: 4 });
export const NO_STRING = 0xffff;

const HEADER = 48;
const RECORD = 32;
const POINT = 12;
const VERSION = 1;
const MAX_FRAME = 64 << 20; // far above any frame the server writes: a longer one means the stream is corrupt

const align4 = (n) => (n + 3) & ~3;

// A frame's fields, read from `view` (a DataView over exactly the frame, length field included).
// Tracks are read in place with track(i, into); strings are decoded once.
export function readFrame(view) {
  if (view.byteLength < 8) throw new Error(`track frame: ${view.byteLength} bytes is shorter than its length and kind`);
  const kind = view.getUint8(4);
  const version = view.getUint8(5);
  if (version !== VERSION) throw new Error(`track frame: version ${version}, this dashboard reads ${VERSION}`);
  if (kind === Kind.dropped || kind === Kind.heartbeat) {
    return {
      kind,
      at: view.byteLength >= 16 ? view.getFloat64(8, true) : NaN,
      sent: view.byteLength >= 24 ? view.getFloat64(16, true) : NaN,
      lost: kind === Kind.dropped && view.byteLength >= HEADER + 8 ? view.getUint32(HEADER, true) : 0,
      trackCount: 0,
      removedCount: 0,
    };
  }
  if (kind !== Kind.snapshot && kind !== Kind.changes) throw new Error(`track frame: unknown kind ${kind}`);
  if (view.byteLength < HEADER) throw new Error(`track frame: ${view.byteLength} bytes is shorter than the ${HEADER}-byte header`);
  const frame = {
    kind,
    at: view.getFloat64(8, true),
    sent: view.getFloat64(16, true),
    historyFrom: view.getFloat64(24, true),
    trackCount: view.getUint32(32, true),
    removedCount: view.getUint32(36, true),
    strings: [],
    trailPointCount: view.getUint32(44, true),
  };
  const stringCount = view.getUint32(40, true);
  const decoder = new TextDecoder();
  let at = HEADER;
  for (let i = 0; i < stringCount; i++) {
    const length = need(view, at, 2, 'string length').getUint16(at, true);
    at += 2;
    need(view, at, length, 'string');
    frame.strings.push(decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at, length)));
    at += length;
  }
  at = align4(at);
  frame.tracksAt = at;
  at += frame.trackCount * RECORD;
  frame.removedAt = at;
  at += frame.removedCount * 4;
  if (frame.trailPointCount > 0) {
    frame.trailCountsAt = at;
    frame.trailPointsAt = align4(at + frame.trackCount * 2);
    at = frame.trailPointsAt + frame.trailPointCount * POINT;
  }
  need(view, 0, at, 'tracks, removed ids and trails');
  frame.view = view;
  return frame;
}

function need(view, at, length, what) {
  if (at + length > view.byteLength) throw new Error(`track frame: ${what} at byte ${at} runs past the frame's ${view.byteLength} bytes`);
  return view;
}

// Reads track `i` of `frame` into `t` (reused by the caller: no allocation per track).
export function readTrack(frame, i, t) {
  const v = frame.view;
  const o = frame.tracksAt + i * RECORD;
  t.id = v.getUint32(o, true);
  t.lat = v.getInt32(o + 4, true) / 1e6;
  t.lon = v.getInt32(o + 8, true) / 1e6;
  t.at = frame.at + v.getInt32(o + 12, true);
  t.altM = v.getInt16(o + 16, true);
  t.speedMps = v.getUint16(o + 18, true) / 10;
  t.headingDeg = v.getUint16(o + 20, true) / 100;
  t.cls = v.getUint8(o + 22);
  t.probability = v.getUint8(o + 23) / 255;
  t.flags = v.getUint8(o + 24);
  const sector = v.getUint16(o + 26, true);
  const uas = v.getUint16(o + 28, true);
  t.sector = sector === NO_STRING ? null : frame.strings[sector];
  t.uasId = uas === NO_STRING ? null : frame.strings[uas];
  return t;
}

export const removedId = (frame, i) => frame.view.getUint32(frame.removedAt + i * 4, true);

// Calls onPoint(lat, lon, atMs) for each trail point of every track, track by track in record
// order, after onTrack(i, count); nothing when the frame has no trails.
export function readTrails(frame, onTrack, onPoint) {
  if (!frame.trailPointCount) return;
  const v = frame.view;
  let p = frame.trailPointsAt;
  for (let i = 0; i < frame.trackCount; i++) {
    const count = v.getUint16(frame.trailCountsAt + i * 2, true);
    onTrack(i, count);
    for (let k = 0; k < count; k++, p += POINT) {
      onPoint(v.getInt32(p, true) / 1e6, v.getInt32(p + 4, true) / 1e6, frame.at + v.getInt32(p + 8, true));
    }
  }
}

// Cuts a stream of bytes into whole frames: push(chunk) calls onFrame(DataView) for every frame
// the bytes so far complete, whatever the chunks' boundaries.
export class FrameReader {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.pending = new Uint8Array(0);
  }

  push(chunk) {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    while (at + 4 <= bytes.length) {
      const length = view.getUint32(at, true);
      if (length > MAX_FRAME) throw new Error(`track frame: a length of ${length} bytes at stream byte ${at} is not a frame`);
      if (at + 4 + length > bytes.length) break;
      this.onFrame(new DataView(bytes.buffer, bytes.byteOffset + at, 4 + length));
      at += 4 + length;
    }
    this.pending = bytes.slice(at);
  }
}
