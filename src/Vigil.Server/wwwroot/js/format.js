// How times, durations and names are written on the page. Times are UTC, as everywhere in Vigil.

export function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(11, 19) + 'Z';
}

export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}

// 42 s, 3 min 5 s, 2 h 4 min.
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}

// 'border-crossing' → 'border crossing'.
export function words(value) {
  return value ? String(value).replaceAll('-', ' ').replaceAll('_', ' ') : '—';
}

export function percent(p) {
  return p === null || p === undefined ? '' : `${Math.round(p * 100)} %`;
}

// A low/best/high range as "best (low–high)"; unknown parts as '?'.
export function range(r) {
  if (!r) return '—';
  const v = (x) => (x === null || x === undefined ? '?' : x);
  if (r.low === r.high && r.low === r.best && r.best !== null && r.best !== undefined) return String(r.best);
  return `${v(r.best)} (${v(r.low)}–${v(r.high)})`;
}

// 2026-06-30 01:32:10Z.
export function fullTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toISOString().slice(0, 19).replace('T', ' ') + 'Z';
}

// 1.2 MB, 640 kB, 312 B.
export function bytes(n) {
  if (n === null || n === undefined) return '—';
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(n < 1e4 ? 1 : 0)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}
