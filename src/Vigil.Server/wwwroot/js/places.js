// Place names as HTML labels: MapLibre's text labels need a glyph server, which an offline
// dashboard does not have. Each kind of place is named from its zoom in settings.placeZooms on;
// where two labels would overlap, the more important place (cities, then crossings, district
// centres, towns; then the larger) keeps its label. Labels are placed again after each move.

import settings from './settings.js';

const maplibregl = window.maplibregl;
const rank = ['city', 'crossing', 'district_centre', 'town'];

export function addPlaceLabels(map, places) {
  const entries = places.features
    .filter((f) => settings.placeZooms[f.properties.kind] !== undefined)
    .sort((a, b) => rank.indexOf(a.properties.kind) - rank.indexOf(b.properties.kind)
      || (b.properties.population || 0) - (a.properties.population || 0))
    .map((f) => ({ feature: f, marker: null, width: 10 + f.properties.name.length * 6.6 }));

  function label(entry) {
    const { kind, name, iso } = entry.feature.properties;
    const el = document.createElement('div');
    el.className = `place place-${kind}`;
    el.dataset.testid = 'place';
    el.title = `${name} (${iso}${kind === 'crossing' ? ', border crossing' : ''})`;
    el.textContent = name;
    return new maplibregl.Marker({ element: el, anchor: 'left', offset: [-3, 0] }).setLngLat(entry.feature.geometry.coordinates);
  }

  function update() {
    const zoom = map.getZoom();
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const taken = [];
    for (const entry of entries) {
      let show = zoom >= settings.placeZooms[entry.feature.properties.kind];
      if (show) {
        const p = map.project(entry.feature.geometry.coordinates);
        const box = [p.x - 4, p.y - 8, p.x + entry.width, p.y + 8];
        show = box[2] > 0 && box[0] < width && box[3] > 0 && box[1] < height
          && !taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]);
        if (show) taken.push(box);
      }
      if (show && !entry.marker) entry.marker = label(entry).addTo(map);
      else if (!show && entry.marker) {
        entry.marker.remove();
        entry.marker = null;
      }
    }
  }

  map.on('moveend', update);
  update();
}
