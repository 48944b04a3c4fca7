// The dashboard: wires the map, the live stream, the panels, the time slider and the address.

import settings from './settings.js';
import * as api from './api.js';
import { currentKey, askForKey, forgetKey } from './key.js';
import { started } from './early.js';
import { initialView, setView } from './view-state.js';
import { createMap, loadPlaces, whenLoaded } from './map.js';
import { createBaseMap } from './base-map.js';
import { addMapLayer } from './map-layer.js';
import { addPlaceLabels } from './places.js';
import { createPicture } from './picture.js';
import { createTrackList } from './track-list.js';
import { createTrackInfo } from './track-info.js';
import { createAlertsPanel } from './alerts-panel.js';
import { createIncidentsPanel } from './incidents-panel.js';
import { createTimeline } from './timeline.js';
import { connect } from './sse.js';
import { installShortcuts, shortcuts } from './shortcuts.js';
import { h, fill } from './dom.js';
import { words } from './format.js';

const $ = (id) => document.getElementById(id);
const status = (state, text) => {
  const el = $('connection');
  el.dataset.state = state;
  el.textContent = text;
};

function toast(message, kind = 'info') {
  const el = h('div', { class: `toast ${kind}`, dataset: { testid: 'toast' } }, message);
  $('toasts').append(el);
  setTimeout(() => el.remove(), 8000);
}

function showError(error) {
  toast(error.message || String(error), 'error');
}

async function start() {
  // The workers (the tracks' stream, started by early.js, and the base map's painter) need the
  // page's thread for a moment to start theirs; creating the map holds it while WebGL starts
  // (over half a second in a browser just launched), so they are let start first.
  const base = createBaseMap();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const view = initialView();
  const map = createMap($('map'), view);
  window.vigilMap = map; // for the browser tests and the console

  map.on('moveend', () => {
    const c = map.getCenter();
    setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() }, { soon: true });
  });
  const layer = addMapLayer(map, {
    base,
    trailSeconds: settings.liveTrailSeconds,
    onDrawn: (n) => { document.body.dataset.tracksDrawn = String(n); },
  });
  const geo = Promise.all([base.drawn, loadPlaces(), whenLoaded(map)])
    .then(([, places]) => {
      addPlaceLabels(map, places);
      document.body.dataset.geo = 'loaded';
    })
    .catch((error) => {
      document.body.dataset.geo = 'failed';
      showError(error);
    });

  // The key: from the link's #key=…, this tab's storage, or the form. /api/me checks it.
  let me = null;
  for (let reason = null; !me;) {
    if (!currentKey()) await askForKey(reason);
    try {
      me = await api.get('api/me');
    } catch (error) {
      if (error.status !== 401) throw error;
      forgetKey();
      reason = `The key was refused: ${error.detail || error.message}`;
    }
  }
  $('me').textContent = `${me.role}${me.party ? ` ${me.party}` : ''} · key ${me.id}`;
  $('me').dataset.role = me.role;

  // The panels need no map: load them while the map starts.
  let selectedTrack = view.track;
  let flyToSelected = false; // fly there once the worker has the selected track's state
  let picture = null; // the tracks
  let trackList = null;
  const trackInfo = createTrackInfo($('track-info'), { onClose: () => selectTrack(null) });
  const refreshTrackInfo = () => trackInfo.show(selectedTrack, selectedTrack ? picture?.get(selectedTrack) : null);
  const focus = (lat, lon) => map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), settings.focusZoom) });
  function flyToTrack() {
    const t = selectedTrack && picture?.get(selectedTrack);
    flyToSelected = flyToSelected && !t;
    if (t) focus(t.lat, t.lon);
  }
  function selectTrack(id, { fly = false } = {}) {
    selectedTrack = id || null;
    picture?.select(selectedTrack);
    trackList?.select(selectedTrack);
    setView({ track: selectedTrack });
    refreshTrackInfo();
    flyToSelected = fly;
    if (fly) flyToTrack();
  }

  const alerts = createAlertsPanel($('alerts'), {
    canAcknowledge: () => me.role === 'operator',
    onFocus: (a) => {
      focus(a.lat, a.lon);
      if (a.trackId) selectTrack(a.trackId);
    },
    onError: showError,
  });
  const incidents = createIncidentsPanel($('incidents'), $('incident-detail'), {
    onOpen: (id) => setView({ incident: id }),
    onClose: () => setView({ incident: null }),
    onFocus: focus,
    onTrack: (id) => selectTrack(id, { fly: true }),
    onError: showError,
  });

  // The picture: live (the worker's track stream) or a replayed moment from the history.
  let replayRequest = 0;
  async function showReplay(at) {
    const request = ++replayRequest;
    setView({ t: at });
    try {
      await picture.replay(at);
      if (request !== replayRequest || !timeline.replaying) return;
      document.body.dataset.picture = `replay ${at}`;
    } catch (error) {
      showError(error);
    }
  }
  const timeline = createTimeline($('timebar'), {
    onReplay: showReplay,
    onLive: () => {
      replayRequest++;
      setView({ t: null });
      document.body.dataset.picture = 'live';
      picture.live();
    },
  });

  // Help and keyboard shortcuts.
  fill($('help-keys'), shortcuts.map(([key, what]) => h('tr', {}, h('td', {}, h('kbd', {}, key)), h('td', {}, what))));
  const toggleHelp = (show = $('help').hidden) => { $('help').hidden = !show; };
  $('help-button').addEventListener('click', () => toggleHelp());
  $('help-close').addEventListener('click', () => toggleHelp(false));
  let incidentOrder = () => [...document.querySelectorAll('[data-testid=incident]')].map((el) => el.dataset.incidentId);
  const stepIncident = (by) => {
    const ids = incidentOrder();
    if (ids.length === 0) return;
    const at = ids.indexOf(incidents.openId);
    incidents.open(ids[(at + by + ids.length) % ids.length]);
  };
  installShortcuts({
    help: () => toggleHelp(),
    escape: () => {
      if (!$('help').hidden) toggleHelp(false);
      else if (incidents.openId) incidents.close();
      else selectTrack(null);
    },
    live: () => timeline.goLive(),
    play: () => timeline.togglePlay(),
    back: () => timeline.step(-settings.stepSeconds),
    forward: () => timeline.step(settings.stepSeconds),
    alert: () => {
      const el = document.querySelector('[data-testid=alert][data-state=open] .alert-main');
      if (el) el.click();
    },
    next: () => stepIncident(1),
    previous: () => stepIncident(-1),
    home: () => map.flyTo({ center: [settings.home.lon, settings.home.lat], zoom: settings.home.zoom }),
  });

  // First load: alerts, incidents and the picture's stream at once (the tracks are drawn once the
  // map is there); then what the address asked for.
  const panels = Promise.allSettled([alerts.reload(), incidents.reload()]);
  const streams = { events: 'connecting', tracks: 'connecting' };
  const showStreams = (which, state, error) => {
    streams[which] = state;
    if (streams.events === 'open' && streams.tracks === 'open') status('open', 'live');
    else if (state === 'closed') status('closed', 'reconnecting…');
    else if (error?.status === 401) status('error', 'key refused');
    else if (state === 'error') status('error', error?.status ? `${which} stream: ${error.status}` : 'offline, retrying…');
  };
  picture = createPicture(map, {
    layer,
    started,
    key: currentKey(),
    onSelect: (id) => selectTrack(id),
    onTime: (at, historyFrom) => timeline.setLiveTime(at, historyFrom),
    onStream: (s) => showStreams('tracks', s.state, s),
    onSectors: (sectors) => trackList.setSectors(sectors),
    onChange: (p) => {
      document.body.dataset.tracks = String(p.count);
      if (selectedTrack) refreshTrackInfo();
      if (flyToSelected) flyToTrack();
    },
  });
  picture.setFilter(view.filter);
  trackList = createTrackList($('tracks'), {
    picture,
    filter: view.filter,
    search: view.q,
    onFilter: (filter, q) => setView({ filter, q }),
    onSelect: (id) => selectTrack(id, { fly: true }),
  });
  await whenLoaded(map);
  if (view.t) timeline.startAt(view.t);
  for (const r of await panels) if (r.status === 'rejected') showError(r.reason);
  if (view.incident) incidents.open(view.incident, { focus: view.lat === null });
  if (view.track) selectTrack(view.track);
  if (!view.t) document.body.dataset.picture = 'live';

  // The live stream.
  const onEvent = (type, data) => {
    switch (type) {
      case 'alert':
        alerts.upsert(data);
        toast(`Alert ${data.id}: ${words(data.kind)} in ${data.sector || 'an unknown sector'}`, 'alert');
        break;
      case 'alert-update':
        alerts.upsert(data);
        break;
      case 'incident':
        incidents.changed(data.id).catch(showError);
        break;
      case 'checkpoint':
        // A new checkpoint may include versions that were waiting for one.
        incidents.changed(incidents.openId).catch(showError);
        break;
      case 'notification':
        toast(`Notification${data.id ? ` ${data.id}` : ''}${data.incident ? ` about ${data.incident}` : ''}${data.party ? ` for ${data.party}` : ''}`);
        break;
      case 'dropped':
        // The server had to drop events for this client: reload what they would have changed.
        Promise.all([alerts.reload(), incidents.reload()]).catch(showError);
        break;
      default:
        break;
    }
  };
  connect('api/stream?tracks=false', { onEvent, onState: (state, error) => showStreams('events', state, error) });
  await geo;
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  status('error', 'failed');
  showError(error);
  document.body.dataset.ready = 'failed';
});
