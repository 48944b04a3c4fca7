// Vigil dashboard settings: the one place to change how the dashboard looks and behaves.
// Every value here is read at start; reload the page after changing one.

export default Object.freeze({
  // The view shown when the address has no lat/lon/zoom: the Afghanistan–Pakistan border.
  home: { lat: 32.6, lon: 68.9, zoom: 5.6 },

  // How far the map may zoom out and in. Below 4 the bundled data (borders and the areas within
  // 150 km of them) covers too little of the screen to be useful.
  minZoom: 3.5,
  maxZoom: 15,

  // Map colours. The style needs no tile server: a background, the countries (Afghanistan's
  // outline and its neighbours' provinces), admin boundaries and the borders, all from /api/geo.
  map: {
    background: '#dfe6ea', // beyond the data: water-like grey-blue
    afghanistan: '#f4efe4', // Afghanistan's fill
    neighbour: '#ebe7f0', // the neighbours' provinces near the border
    province: '#8c8c99', // admin level 1 outlines
    district: '#b9b9c4', // admin level 2 outlines (shown from districtZoom on)
    border: '#5a3d2b', // Afghanistan's land borders
    borderWidth: 2.2,
  },

  // Districts' outlines appear from this zoom on.
  districtZoom: 6.5,

  // Place names are HTML labels (MapLibre's own text needs a glyph server, which would not work
  // offline). Each kind of place is named from this zoom on; a kind not listed is never named.
  placeZooms: { city: 5, crossing: 6, district_centre: 7.5, town: 9 },

  // Track colours by class; any class not listed is drawn as `unknown`.
  trackColours: {
    drone: '#d62728',
    bird: '#2ca02c',
    aircraft: '#1f5fbf',
    unknown: '#7f7f7f',
  },

  // Track dots: radius in CSS pixels (alerted tracks are larger), the white stroke around them,
  // and the ring around the selected track.
  trackRadius: { normal: 5, alerted: 6.5, stroke: 1.5, selected: 11 },

  // Trails: how many seconds of a live track's history are drawn behind it, and how many the
  // replay asks the server for (GET /api/tracks?at=…&trail=…). The map keeps 65,536 trail
  // segments (one per track every 2 s), so with many tracks trails are shorter: 2,000 tracks keep
  // about 65 s, 10,000 about 13 s. Trails fade with age to trailOpacity × 0.2.
  liveTrailSeconds: 300,
  replayTrailSeconds: 300,
  trailOpacity: 0.65,

  // The map redraws the live tracks at most this often (ms). Each track moves once a second; a
  // redraw costs the whole map, which on a machine without a GPU (software WebGL) is tens of
  // milliseconds, so redrawing more often would make panning and the rest of the page stutter.
  trackRedrawMs: 500,

  // The base map and the tracks are drawn into one image this many CSS pixels larger than the
  // map on every side (the base map's painter paints that much more too); panning within it
  // moves the image instead of drawing it again.
  mapImageMargin: 128,

  // The track list: the height of a row (px; only the rows in sight are in the page) and how
  // often the rows in sight are refreshed (ms).
  trackRowHeight: 24,
  listRefreshMs: 1000,

  // The time slider covers this many hours up to the live picture's time (less when the server
  // keeps less history). A time within liveSnapSeconds of the live end is live. « and » (and the
  // , and . keys) move stepSeconds. Playing a replay moves it by playStepSeconds every
  // playIntervalMs.
  replayHours: 6,
  liveSnapSeconds: 5,
  stepSeconds: 60,
  playStepSeconds: 10,
  playIntervalMs: 500,

  // Address-bar updates after the map moves are held back this long (ms) so panning stays smooth.
  urlWriteDelayMs: 300,

  // The live stream: wait this long (ms) before reconnecting after it drops, doubling each time
  // up to the maximum.
  reconnectMs: 1000,
  reconnectMaxMs: 15000,

  // Zoom used when the map flies to an alert, a track or an incident.
  focusZoom: 9,

  // Where the key is kept for this browser tab (sessionStorage, never localStorage).
  keyStorageName: 'vigil.key',
});
