// The selected track's card: class and probability, position, altitude, speed, heading, status.

import { h, fill } from './dom.js';
import * as fmt from './format.js';

export function createTrackInfo(root, { onClose }) {
  root.querySelector('[data-testid=track-close]').addEventListener('click', onClose);
  const body = root.querySelector('.track-body');
  const num = (v, digits, unit) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(digits)} ${unit}`);

  return {
    // Shows `track` (or "not in the picture" for an id with no state), hides the card for null.
    show(id, track) {
      if (!id) {
        root.hidden = true;
        delete root.dataset.trackId;
        return;
      }
      root.hidden = false;
      root.dataset.trackId = id;
      root.querySelector('[data-testid=track-title]').textContent = id;
      if (!track) {
        fill(body, h('p', { class: 'muted' }, 'Not in the picture at this time.'));
        return;
      }
      const cls = track.class || 'unknown';
      fill(body, h('dl', {},
        h('dt', {}, 'class'), h('dd', {}, h('span', { class: `class-dot class-${cls}` }), ` ${cls} ${fmt.percent(track.probability)}`),
        h('dt', {}, 'position'), h('dd', {}, `${track.lat.toFixed(5)}, ${track.lon.toFixed(5)}`),
        h('dt', {}, 'altitude'), h('dd', {}, num(track.altM, 0, 'm')),
        h('dt', {}, 'speed'), h('dd', {}, num(track.speedMps, 1, 'm/s')),
        h('dt', {}, 'heading'), h('dd', {}, num(track.headingDeg, 0, '°')),
        h('dt', {}, 'status'), h('dd', {}, fmt.words(track.status)),
        h('dt', {}, 'sector'), h('dd', {}, track.sector || '—'),
        track.uasId ? [h('dt', {}, 'Remote ID'), h('dd', {}, track.uasId)] : null,
        h('dt', {}, 'alerted'), h('dd', {}, track.alerted ? 'yes' : 'no'),
        h('dt', {}, 'at'), h('dd', {}, fmt.fullTime(track.at))));
    },
  };
}
