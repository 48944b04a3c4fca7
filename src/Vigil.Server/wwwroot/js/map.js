// The map: MapLibre for the camera, the controls and the place labels, with an empty style. All
// that is drawn on it is drawn by one custom layer (map-layer.js): the base map's picture
// (base-map.js) and the tracks.

import settings from './settings.js';

const maplibregl = window.maplibregl;
const loaded = new WeakMap(); // map → a promise of its 'load' event, which fires once

export function createMap(container, view) {
  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: {},
      layers: [], // the custom layer draws all; until it does, the container's colour shows
    },
    center: [view.lon ?? settings.home.lon, view.lat ?? settings.home.lat],
    zoom: view.zoom ?? settings.home.zoom,
    minZoom: settings.minZoom,
    maxZoom: settings.maxZoom,
    attributionControl: false,
    // North up, never tilted: the layer lays its images north up (map-image.js).
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    fadeDuration: 0,
  });
  container.style.backgroundColor = settings.map.background;
  loaded.set(map, new Promise((resolve) => map.once('load', resolve)));
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
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

// The places to name on the map (GeoJSON points), from the anonymous /api/geo/places.
export async function loadPlaces() {
  const response = await fetch('api/geo/places');
  if (!response.ok) throw new Error(`GET api/geo/places: ${response.status}`);
  return response.json();
}
