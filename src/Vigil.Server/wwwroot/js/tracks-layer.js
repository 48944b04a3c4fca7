// Tracks and their trails on the map, coloured by class. The interface is deliberately narrow so
// the drawing can be replaced (a batched GPU layer for many thousands of tracks) without touching
// its callers:
//   const layer = createTrackLayer(map, { onSelect });
//   layer.show(tracks)            the whole picture (replay or first load); a track may carry
//                                 `trail: [[lon, lat, time], …]`
//   layer.update(changed, removed, { snapshot })
//                                 live changes: changed tracks, removed ids; with `snapshot`,
//                                 `changed` is the whole picture and any other track goes
//   layer.select(id | null)       highlights one track
//   layer.get(id)                 the latest state of a track, or undefined
//   layer.count                   how many tracks are drawn
// A track is { id, lat, lon, class, at, … } as GET /api/tracks gives it.

import settings from './settings.js';

const POINTS = 'tracks';
const TRAILS = 'track-trails';
const SELECTED = 'track-selected';

export function createTrackLayer(map, { onSelect }) {
  const tracks = new Map(); // id → { track, trail: [[lon, lat, ms], …] }
  let pending = false;

  const colour = ['match', ['get', 'class']];
  for (const [name, value] of Object.entries(settings.trackColours)) if (name !== 'unknown') colour.push(name, value);
  colour.push(settings.trackColours.unknown);

  const empty = { type: 'FeatureCollection', features: [] };
  map.addSource(TRAILS, { type: 'geojson', data: empty });
  map.addSource(POINTS, { type: 'geojson', data: empty });
  map.addLayer({
    id: TRAILS, type: 'line', source: TRAILS,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': colour, 'line-width': 1.8, 'line-opacity': 0.65 },
  });
  map.addLayer({
    id: SELECTED, type: 'circle', source: POINTS, filter: ['==', ['get', 'id'], ''],
    paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111', 'circle-stroke-width': 2 },
  });
  map.addLayer({
    id: POINTS, type: 'circle', source: POINTS,
    paint: {
      'circle-radius': ['case', ['get', 'alerted'], 6.5, 5],
      'circle-color': colour,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.on('click', POINTS, (e) => onSelect(e.features[0].properties.id));
  map.on('mouseenter', POINTS, () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', POINTS, () => { map.getCanvas().style.cursor = ''; });

  function draw() {
    pending = false;
    const points = [];
    const trails = [];
    for (const { track, trail } of tracks.values()) {
      const cls = track.class || 'unknown';
      points.push({
        type: 'Feature',
        properties: { id: track.id, class: cls, alerted: Boolean(track.alerted) },
        geometry: { type: 'Point', coordinates: [track.lon, track.lat] },
      });
      if (trail.length > 1) {
        trails.push({
          type: 'Feature',
          properties: { id: track.id, class: cls },
          geometry: { type: 'LineString', coordinates: trail.map((p) => [p[0], p[1]]) },
        });
      }
    }
    map.getSource(POINTS).setData({ type: 'FeatureCollection', features: points });
    map.getSource(TRAILS).setData({ type: 'FeatureCollection', features: trails });
    map.once('render', () => { document.body.dataset.tracksDrawn = String(points.length); });
  }

  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(draw);
  }

  return {
    show(list) {
      tracks.clear();
      for (const track of list) {
        const trail = (track.trail || []).map((p) => [p[0], p[1], Date.parse(p[2])]);
        const last = trail[trail.length - 1];
        if (!last || last[0] !== track.lon || last[1] !== track.lat) trail.push([track.lon, track.lat, Date.parse(track.at)]);
        tracks.set(track.id, { track, trail });
      }
      redraw();
    },
    update(changed = [], removed = [], { snapshot = false } = {}) {
      for (const id of removed) tracks.delete(id);
      if (snapshot) {
        const present = new Set(changed.map((t) => t.id));
        for (const id of [...tracks.keys()]) if (!present.has(id)) tracks.delete(id);
      }
      for (const track of changed) {
        const entry = tracks.get(track.id) || { track, trail: [] };
        entry.track = { ...entry.track, ...track };
        const at = Date.parse(entry.track.at);
        entry.trail.push([entry.track.lon, entry.track.lat, at]);
        const from = at - settings.liveTrailSeconds * 1000;
        while (entry.trail.length > 2 && entry.trail[0][2] < from) entry.trail.shift();
        tracks.set(track.id, entry);
      }
      redraw();
    },
    select(id) {
      map.setFilter(SELECTED, ['==', ['get', 'id'], id || '']);
    },
    get(id) {
      return tracks.get(id)?.track;
    },
    get count() {
      return tracks.size;
    },
  };
}
