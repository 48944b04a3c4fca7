// The alerts panel: newest first, with kind, sector, class and time; an operator acknowledges an
// alert here (POST /api/alerts/{id}/acknowledge), and the panel shows who acknowledged it and the
// reaction time.

import * as api from './api.js';
import { h, fill } from './dom.js';
import * as fmt from './format.js';

export function createAlertsPanel(root, { canAcknowledge, onFocus, onError }) {
  const list = root.querySelector('[data-testid=alert-list]');
  const count = root.querySelector('[data-testid=alert-count]');
  const alerts = new Map(); // id → alert
  const drawn = new Map(); // id → { alert, el }: an item is redrawn only when its alert changed

  // Puts the items in order, newest first, touching only those that changed or moved, so that a
  // stream of updates does not replace the button under the operator's pointer.
  function render() {
    const sorted = [...alerts.values()].sort((a, b) => (b.time || '').localeCompare(a.time || '') || b.id.localeCompare(a.id));
    const open = sorted.filter((a) => !a.acknowledgement).length;
    count.textContent = open ? `${open} open of ${sorted.length}` : `${sorted.length}`;
    if (sorted.length === 0) {
      drawn.clear();
      fill(list, h('li', { class: 'empty' }, 'No alerts in this run.'));
      return;
    }
    list.querySelector('li.empty')?.remove();
    for (const [id, d] of drawn) {
      if (!alerts.has(id)) {
        d.el.remove();
        drawn.delete(id);
      }
    }
    sorted.forEach((a, i) => {
      let d = drawn.get(a.id);
      if (!d || d.alert !== a) {
        const el = item(a);
        if (d) d.el.replaceWith(el);
        d = { alert: a, el };
        drawn.set(a.id, d);
      }
      if (list.children[i] !== d.el) list.insertBefore(d.el, list.children[i] || null);
    });
  }

  function item(a) {
    const ack = a.acknowledgement;
    const cls = a.classification || 'unknown';
    return h(
      'li',
      { class: `alert ${ack ? 'acknowledged' : 'open'}`, dataset: { testid: 'alert', alertId: a.id, state: ack ? 'acknowledged' : 'open' } },
      h('button', { class: 'alert-main', type: 'button', title: 'Show on the map', onclick: () => onFocus(a) },
        h('span', { class: 'alert-time', dataset: { testid: 'alert-time' } }, fmt.time(a.time)),
        h('span', { class: `badge kind-${a.kind}`, dataset: { testid: 'alert-kind' } }, fmt.words(a.kind)),
        h('span', { class: 'alert-sector', dataset: { testid: 'alert-sector' } }, a.sector || '—', a.province ? `, ${a.province}` : ''),
        h('span', { class: `class-dot class-${cls}`, title: cls }),
        h('span', { class: 'alert-class', dataset: { testid: 'alert-class' } }, cls, a.probability != null ? ` ${fmt.percent(a.probability)}` : ''),
        h('span', { class: 'alert-id' }, a.id, a.from && a.to ? ` · ${a.from}→${a.to}` : '', a.trackIds?.length > 1 ? ` · ${a.trackIds.length} tracks` : a.trackId ? ` · ${a.trackId}` : ''),
      ),
      ack
        ? h('div', { class: 'ack-state', dataset: { testid: 'ack-state' } },
          '✓ Acknowledged ', fmt.time(ack.at), ' by ', ack.by, ' · reaction ', h('strong', {}, fmt.duration(ack.reactionSeconds)))
        : h('div', { class: 'ack-row' },
          h('button', {
            type: 'button', class: 'ack-button', dataset: { testid: 'ack-button' },
            disabled: !canAcknowledge(),
            title: canAcknowledge() ? 'Acknowledge this alert' : 'Only operator keys acknowledge alerts',
            onclick: (e) => acknowledge(a.id, e.currentTarget),
          }, 'Acknowledge'),
          h('span', { class: 'waiting' }, 'raised ', fmt.time(a.raisedAt))),
      a.responses?.length
        ? h('ul', { class: 'responses' }, a.responses.map((r) => h('li', {}, fmt.time(r.at), ' ', r.action, r.note ? ` — ${r.note}` : '', ' (', r.by, ')')))
        : null,
    );
  }

  async function acknowledge(id, button) {
    button.disabled = true;
    button.textContent = 'Acknowledging…';
    try {
      const answer = await api.post(`api/alerts/${encodeURIComponent(id)}/acknowledge`);
      if (answer && answer.id === id) alerts.set(id, answer);
      else await reload();
    } catch (error) {
      if (error.status !== 409) onError(error);
      await reload(); // 409: someone else acknowledged it first; show their acknowledgement
    }
    render();
  }

  async function reload() {
    const answer = await api.get('api/alerts');
    alerts.clear();
    for (const a of answer.alerts) alerts.set(a.id, a);
    render();
  }

  return {
    reload,
    upsert(alert) {
      if (!alert || !alert.id) return;
      alerts.set(alert.id, { ...alerts.get(alert.id), ...alert });
      render();
    },
    get(id) {
      return alerts.get(id);
    },
  };
}
