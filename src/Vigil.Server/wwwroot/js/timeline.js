// The time slider: the last settings.replayHours hours up to the live picture's time, or less
// when the server's history starts later. Its right end is "live"; anywhere else replays the
// picture at that moment (the caller fetches GET /api/tracks?at=…&trail=…). Playing moves the
// replay forward until it reaches live.

import settings from './settings.js';
import * as fmt from './format.js';

export function createTimeline(root, { onReplay, onLive }) {
  const slider = root.querySelector('[data-testid=time-slider]');
  const label = root.querySelector('[data-testid=time-label]');
  const liveButton = root.querySelector('[data-testid=go-live]');
  const playButton = root.querySelector('[data-testid=play]');
  let liveAt = null; // seconds since the epoch
  let historyFrom = null; // the oldest moment the server can replay, seconds
  let replayAt = null; // seconds, or null when live
  let playing = null;
  let debounce = null;

  function bounds() {
    const max = liveAt ?? Date.now() / 1000;
    let min = Math.max(max - settings.replayHours * 3600, historyFrom ?? -Infinity);
    if (replayAt !== null && replayAt < min) min = replayAt; // a shared link older than the window
    return { min, max };
  }

  function render() {
    const { min, max } = bounds();
    slider.min = String(Math.floor(min));
    slider.max = String(Math.ceil(max));
    slider.step = 'any'; // the ends are not whole steps apart; replay() rounds
    slider.value = String(replayAt ?? Math.ceil(max));
    const iso = (s) => new Date(s * 1000).toISOString();
    root.dataset.mode = replayAt === null ? 'live' : 'replay';
    if (replayAt === null) {
      label.textContent = liveAt === null ? 'Live' : `Live · ${fmt.fullTime(iso(liveAt))}`;
    } else {
      label.textContent = `Replay · ${fmt.fullTime(iso(replayAt))}`
        + (liveAt !== null ? ` · ${fmt.duration(liveAt - replayAt)} before live` : '');
    }
    liveButton.disabled = replayAt === null;
    playButton.textContent = playing ? '❚❚' : '▶';
    playButton.title = playing ? 'Pause the replay (space)' : 'Play the replay forward (space)';
  }

  function replay(seconds) {
    const { min, max } = bounds();
    seconds = Math.max(Math.round(seconds), Math.ceil(min)); // nothing is kept before the history starts
    if (seconds >= max - settings.liveSnapSeconds) {
      goLive();
      return;
    }
    show(seconds);
  }

  function show(seconds) {
    replayAt = seconds;
    render();
    onReplay(new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'));
  }

  function goLive() {
    stop();
    const was = replayAt;
    replayAt = null;
    render();
    if (was !== null) onLive();
  }

  function stop() {
    clearTimeout(playing);
    playing = null;
  }

  function tick() {
    if (replayAt === null) return stop();
    replay(replayAt + settings.playStepSeconds);
    if (replayAt === null) return;
    playing = setTimeout(tick, settings.playIntervalMs);
  }

  slider.addEventListener('input', () => {
    stop();
    replayAt = Number(slider.value);
    render();
    clearTimeout(debounce);
    debounce = setTimeout(() => replay(Number(slider.value)), 150);
  });
  liveButton.addEventListener('click', goLive);
  playButton.addEventListener('click', () => api.togglePlay());
  root.querySelector('[data-testid=step-back]').addEventListener('click', () => api.step(-settings.stepSeconds));
  root.querySelector('[data-testid=step-forward]').addEventListener('click', () => api.step(settings.stepSeconds));

  const api = {
    // The live picture's time moved on (from the stream or GET /api/tracks), and where the
    // server's history starts, when known.
    setLiveTime(iso, historyFromIso) {
      const from = Date.parse(historyFromIso) / 1000;
      if (Number.isFinite(from)) historyFrom = from;
      const s = Date.parse(iso) / 1000;
      if (!Number.isFinite(s)) return;
      liveAt = s; // it may go back: a replayed run starts over at its end
      render();
    },
    // Starts at a replayed time (from the address) without waiting for the slider, nor for the
    // live picture's time: until that is known, the time is taken as it is.
    startAt(iso) {
      const s = Date.parse(iso) / 1000;
      if (!Number.isFinite(s)) return;
      if (liveAt === null) show(Math.round(s));
      else replay(s);
    },
    step(seconds) {
      stop();
      const { max } = bounds();
      replay(Math.min((replayAt ?? max) + seconds, max));
    },
    togglePlay() {
      if (playing) {
        stop();
        render();
        return;
      }
      if (replayAt === null) replay(bounds().max - 600); // from live: replay the last ten minutes
      playing = setTimeout(tick, settings.playIntervalMs);
      render();
    },
    goLive,
    get replaying() {
      return replayAt !== null;
    },
  };
  render();
  return api;
}
