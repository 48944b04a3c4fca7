// The map: MapLibre with a style that needs no tile server. It draws a background, Afghanistan
// (its outline chained from the border lines) and its neighbours' provinces, province and
// district outlines, and the borders, all from the anonymous /api/geo endpoints.

import settings from './settings.js';

const maplibregl = window.maplibregl;
const loaded = new WeakMap(); // map → a promise of its 'load' event, which fires once

export function createMap(container, view) {
  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': settings.map.background } }],
    },
    center: [view.lon ?? settings.home.lon, view.lat ?? settings.home.lat],
    zoom: view.zoom ?? settings.home.zoom,
    minZoom: settings.minZoom,
    maxZoom: settings.maxZoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
  });
  loaded.set(map, new Promise((resolve) => map.once('load', resolve)));
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(
    new maplibregl.AttributionControl({
      compact: true,
      customAttribution: 'Natural Earth; Who’s On First; Quattroshapes (CC BY 2.0); GeoNames (CC BY 4.0); MapLibre',
    }),
    'bottom-right',
  );
  return map;
}

export function whenLoaded(map) {
  return loaded.get(map);
}

async function geo(name) {
  const response = await fetch(`api/geo/${name}`);
  if (!response.ok) throw new Error(`GET api/geo/${name}: ${response.status}`);
  return response.json();
}

// Loads the public layers and adds them under everything else; resolves with the places.
export async function addGeoLayers(map) {
  const [borders, admin, places] = await Promise.all([geo('borders'), geo('admin'), geo('places')]);
  await whenLoaded(map);
  // Under whatever was drawn meanwhile (the tracks): the first layer above the background.
  const above = map.getStyle().layers.find((l) => l.id !== 'background')?.id;
  const addLayer = (layer) => map.addLayer(layer, above);
  // Simplified to 2 px (MapLibre's default is 0.375): the outlines look the same with fewer
  // vertices to draw, which matters where WebGL is software.
  map.addSource('afghanistan', { type: 'geojson', data: afghanistanOutline(borders) });
  map.addSource('admin', { type: 'geojson', data: admin, tolerance: 2 });
  map.addSource('borders', { type: 'geojson', data: borders, tolerance: 2 });
  const c = settings.map;
  addLayer({
    id: 'neighbours-fill', type: 'fill', source: 'admin',
    filter: ['all', ['==', ['get', 'level'], 1], ['!=', ['get', 'iso'], 'AF']],
    paint: { 'fill-color': c.neighbour, 'fill-antialias': false }, // the outlines are drawn anyway
  });
  addLayer({ id: 'afghanistan-fill', type: 'fill', source: 'afghanistan', paint: { 'fill-color': c.afghanistan, 'fill-antialias': false } });
  addLayer({
    id: 'districts', type: 'line', source: 'admin', minzoom: settings.districtZoom,
    filter: ['==', ['get', 'level'], 2],
    paint: { 'line-color': c.district, 'line-width': 0.6 },
  });
  addLayer({
    id: 'provinces', type: 'line', source: 'admin',
    filter: ['==', ['get', 'level'], 1],
    paint: { 'line-color': c.province, 'line-width': 1, 'line-dasharray': [3, 2] },
  });
  addLayer({
    id: 'borders', type: 'line', source: 'borders',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': c.border, 'line-width': c.borderWidth },
  });
  await sourcesLoaded(map, ['afghanistan', 'admin', 'borders']);
  return places;
}

// Resolves once the sources' data has been tiled (in MapLibre's worker) and can be drawn.
function sourcesLoaded(map, ids) {
  const done = () => ids.every((id) => map.isSourceLoaded(id));
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return;
      map.off('sourcedata', check);
      resolve();
    };
    map.on('sourcedata', check);
  });
}

// Afghanistan's outline: the border lines (each with Afghanistan on its left) chained end to start.
function afghanistanOutline(borders) {
  const lines = borders.features.map((f) => f.geometry.coordinates);
  if (lines.length === 0) return { type: 'FeatureCollection', features: [] };
  const ring = [...lines.shift()];
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  while (lines.length > 0) {
    const next = lines.findIndex((l) => same(l[0], ring[ring.length - 1]));
    if (next < 0) break; // not one ring: draw what chained
    ring.push(...lines.splice(next, 1)[0].slice(1));
  }
  if (!same(ring[0], ring[ring.length - 1])) ring.push(ring[0]);
  return { type: 'Feature', properties: { iso: 'AF' }, geometry: { type: 'Polygon', coordinates: [ring] } };
}
