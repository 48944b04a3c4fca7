// The track list: filters (class, sector, alerted, cooperative), a search by track id, and the
// tracks the filters let through, alerted first. Only the rows in sight are in the page: the
// list asks the picture's worker for the window it shows, on scroll and every listRefreshMs.
// The filters apply to the map too.

import settings from './settings.js';
import { h, fill } from './dom.js';
import { CLASSES } from './track-frames.js';

export function createTrackList(root, { picture, filter, search, onFilter, onSelect }) {
  const rowHeight = settings.trackRowHeight;
  const count = root.querySelector('[data-testid=track-count]');
  const scroller = root.querySelector('[data-testid=track-list]');
  const spacer = h('div', { class: 'track-spacer' });
  const rows = h('ol', { class: 'track-rows' });
  spacer.append(rows);
  scroller.append(spacer);
  const searchInput = root.querySelector('[data-testid=track-search]');
  const sectorSelect = root.querySelector('[data-testid=filter-sector]');
  const alertedBox = root.querySelector('[data-testid=filter-alerted]');
  const coopSelect = root.querySelector('[data-testid=filter-cooperative]');
  const classBoxes = new Map(CLASSES.map((c) => [c, root.querySelector(`[data-testid=filter-class-${c}]`)]));

  let state = { ...filter };
  let query = search || '';
  let selectedId = null;
  let pending = false;
  let again = false;
  let total = 0;

  // Controls from the filter (the address's).
  searchInput.value = query;
  alertedBox.checked = state.alerted;
  coopSelect.value = state.cooperative;
  for (const [c, box] of classBoxes) box.checked = state.classes.includes(c);
  setSectors(state.sector ? [state.sector] : []);

  function changed() {
    state = {
      classes: CLASSES.filter((c) => classBoxes.get(c).checked),
      sector: sectorSelect.value || null,
      alerted: alertedBox.checked,
      cooperative: coopSelect.value,
    };
    picture.setFilter(state);
    onFilter(state, query);
    scroller.scrollTop = 0;
    refresh();
  }
  for (const el of [sectorSelect, alertedBox, coopSelect, ...classBoxes.values()]) el.addEventListener('change', changed);
  searchInput.addEventListener('input', () => {
    query = searchInput.value.trim();
    onFilter(state, query);
    scroller.scrollTop = 0;
    refresh();
  });
  searchInput.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const first = rows.querySelector('[data-testid=track-row]');
    if (first) onSelect(first.dataset.trackId);
  });
  scroller.addEventListener('scroll', () => refresh());

  function setSectors(names) {
    const current = sectorSelect.value || state.sector || '';
    const all = new Set(names);
    if (current) all.add(current);
    fill(sectorSelect,
      h('option', { value: '' }, 'all sectors'),
      [...all].sort().map((name) => h('option', { value: name }, name)));
    sectorSelect.value = current;
  }

  function row(t) {
    return h('li', {
      class: `track-row${t.id === selectedId ? ' selected' : ''}${t.alerted ? ' alerted' : ''}`,
      dataset: { testid: 'track-row', trackId: t.id },
      onclick: () => onSelect(t.id),
    },
    h('span', { class: `class-dot class-${t.class}`, title: t.class }),
    h('span', { class: 'track-id' }, t.id),
    h('span', { class: 'track-sector' }, t.sector || '—'),
    h('span', { class: 'track-num' }, `${Math.round(t.altM)} m`),
    h('span', { class: 'track-num' }, `${t.speedMps.toFixed(0)} m/s`),
    h('span', { class: 'track-flags' },
      t.alerted ? h('span', { class: 'badge kind-border-crossing', title: 'alerted' }, 'alert') : null,
      t.uasId ? h('span', { class: 'badge', title: `Remote ID ${t.uasId}` }, 'RID') : null));
  }

  // Draws the rows in sight: one request to the worker at a time, and once more after it when
  // the list was scrolled or filtered meanwhile.
  async function refresh() {
    if (pending) {
      again = true;
      return;
    }
    pending = true;
    again = false;
    try {
      const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - 2);
      const limit = Math.ceil(scroller.clientHeight / rowHeight) + 5;
      const answer = await picture.list({ offset: first, limit, search: query });
      total = answer.total;
      spacer.style.height = `${total * rowHeight}px`;
      rows.style.transform = `translateY(${answer.offset * rowHeight}px)`;
      fill(rows, answer.rows.map(row));
      count.textContent = picture.count === total && !query ? `${total}` : `${total} of ${picture.count}`;
      root.dataset.total = String(total);
    } finally {
      pending = false;
      if (again) refresh();
    }
  }
  setInterval(() => {
    if (!document.hidden) refresh();
  }, settings.listRefreshMs);

  return {
    refresh,
    setSectors,
    select(id) {
      selectedId = id;
      for (const el of rows.children) el.classList.toggle('selected', el.dataset.trackId === id);
    },
    get filter() {
      return state;
    },
  };
}
