// Incident records: the list (GET /api/incidents) and one record's detail (GET /api/incidents/{id}):
// each party's claims side by side, one column per party; the evidence; the decided and the
// suggested grade; and where the record stands in the transparency log.

import * as api from './api.js';
import { h, fill } from './dom.js';
import * as fmt from './format.js';

const count = (x) => (Array.isArray(x) ? x.length : x ?? 0);
const gradeOf = (g) => (g && typeof g === 'object' ? g.grade : g) || null;

export function createIncidentsPanel(listRoot, detailRoot, { onOpen, onClose, onFocus, onTrack, onError }) {
  const list = listRoot.querySelector('[data-testid=incident-list]');
  const countEl = listRoot.querySelector('[data-testid=incident-count]');
  let incidents = [];
  let openId = null;
  let loading = null;

  function renderList() {
    countEl.textContent = String(incidents.length);
    fill(list, incidents.map(item));
    if (incidents.length === 0) list.append(h('li', { class: 'empty' }, 'No incident records.'));
  }

  function item(i) {
    const grade = gradeOf(i.grade);
    const suggested = gradeOf(i.suggestedGrade);
    return h(
      'li',
      { class: `incident${i.id === openId ? ' selected' : ''}`, dataset: { testid: 'incident', incidentId: i.id } },
      h('button', { type: 'button', class: 'incident-main', onclick: () => open(i.id) },
        h('span', { class: 'incident-id' }, i.id),
        h('span', { class: 'incident-place' }, [i.place, i.admin1, i.country].filter(Boolean).join(', ') || '—'),
        h('span', { class: 'incident-time' }, fmt.dateTime(i.start)),
        h('span', { class: 'incident-type' }, i.subType || i.type || ''),
        grade
          ? h('span', { class: `badge grade-${grade}`, title: 'decided grade' }, grade)
          : h('span', { class: `badge grade-${suggested} suggested`, title: 'suggested grade (not yet decided)' }, suggested ? `${suggested}?` : 'ungraded'),
        h('span', { class: 'incident-counts' }, `${count(i.claims)} claims · ${count(i.parties)} parties · ${count(i.evidence)} evidence`),
        h('span', { class: 'incident-ledger' }, ledgerText(i.logIndex, i.included)),
      ),
    );
  }

  async function reload() {
    const answer = await api.get('api/incidents');
    incidents = answer.incidents || [];
    renderList();
  }

  async function open(id, { focus = true } = {}) {
    openId = id;
    renderList();
    detailRoot.hidden = false;
    detailRoot.dataset.incidentId = id;
    detailRoot.dataset.state = 'loading';
    fill(detailRoot.querySelector('.detail-body'), h('p', { class: 'muted' }, `Loading ${id}…`));
    detailRoot.querySelector('[data-testid=incident-title]').textContent = id;
    onOpen(id);
    const request = (loading = api.get(`api/incidents/${encodeURIComponent(id)}`));
    try {
      const answer = await request;
      if (loading !== request || openId !== id) return;
      renderDetail(answer);
      const r = answer.record || {};
      const where = r.location || r;
      if (focus && where.lat != null && where.lon != null) onFocus(where.lat, where.lon);
    } catch (error) {
      if (openId !== id) return;
      detailRoot.dataset.state = 'error';
      fill(detailRoot.querySelector('.detail-body'), h('p', { class: 'error', dataset: { testid: 'incident-error' } }, error.message));
      onError(error);
    }
  }

  function close() {
    openId = null;
    loading = null;
    detailRoot.hidden = true;
    delete detailRoot.dataset.incidentId;
    renderList();
    onClose();
  }

  function renderDetail({ record: r = {}, versions = [], evidence = [], ledger = null }) {
    const loc = r.location || {};
    detailRoot.querySelector('[data-testid=incident-title]').textContent =
      `${r.id} · ${r.subType || r.type || ''} · ${[loc.name, loc.admin1, loc.country].filter(Boolean).join(', ')}`;
    fill(
      detailRoot.querySelector('.detail-body'),
      h('p', { class: 'facts', dataset: { testid: 'incident-facts' } },
        h('span', {}, fmt.dateTime(r.start), r.end && r.end !== r.start ? ` – ${fmt.time(r.end)}` : ''),
        h('span', {}, 'status ', h('strong', { dataset: { testid: 'incident-status' } }, fmt.words(r.status))),
        r.border ? h('span', {}, 'border ', r.border) : null,
        r.sector ? h('span', {}, 'sector ', r.sector) : null,
        h('span', {}, 'version ', r.version),
        r.fatalities && Object.keys(r.fatalities).length
          ? h('span', {}, 'fatalities ', Object.entries(r.fatalities).map(([k, v]) => `${fmt.words(k)} ${fmt.range(v)}`).join(', '))
          : null),
      r.description ? h('p', { class: 'description' }, r.description) : null,
      gradeSection(r),
      claimsSection(r.claims || []),
      evidenceSection(r, evidence),
      ledgerSection(ledger, versions),
    );
    detailRoot.dataset.state = 'loaded';
  }

  function gradeSection(r) {
    const decided = r.gradeDecisions?.length ? r.gradeDecisions[r.gradeDecisions.length - 1] : null;
    const suggested = r.suggestedGrade || null;
    return h('section', { class: 'grade', dataset: { testid: 'incident-grade' } },
      h('h3', {}, 'Grade'),
      h('div', { class: 'grade-row' },
        h('div', {}, h('span', { class: 'label' }, 'decided '),
          decided
            ? h('span', { class: `badge grade-${decided.grade}`, dataset: { testid: 'grade-decided' } }, decided.grade)
            : h('span', { class: 'muted', dataset: { testid: 'grade-decided' } }, 'not yet graded'),
          decided ? h('span', { class: 'muted' }, ` by ${decided.by}, ${fmt.dateTime(decided.at)}: ${decided.reason}`) : null),
        h('div', {}, h('span', { class: 'label' }, 'suggested '),
          suggested
            ? [h('span', { class: `badge grade-${gradeOf(suggested)} suggested`, dataset: { testid: 'grade-suggested' } }, gradeOf(suggested)),
              suggested.rationale ? h('span', { class: 'muted' }, ` ${suggested.rationale}`) : null]
            : h('span', { class: 'muted', dataset: { testid: 'grade-suggested' } }, 'none'))));
  }

  function claimsSection(claims) {
    const byParty = new Map();
    for (const c of claims) {
      if (!byParty.has(c.party)) byParty.set(c.party, []);
      byParty.get(c.party).push(c);
    }
    return h('section', { class: 'claims', dataset: { testid: 'incident-claims' } },
      h('h3', {}, claims.length ? `Claims (${claims.length} from ${byParty.size} ${byParty.size === 1 ? 'party' : 'parties'})` : 'Claims'),
      claims.length === 0
        ? h('p', { class: 'muted', dataset: { testid: 'no-claims' } }, 'No claims recorded yet.')
        : h('div', { class: 'claims-grid', style: `grid-template-columns: repeat(${byParty.size}, minmax(14rem, 1fr))` },
          [...byParty].map(([party, list]) => h('div', { class: 'party-column', dataset: { testid: 'claims-party', party } },
            h('h4', {}, party, h('span', { class: 'muted' }, ` ${fmt.words(list[0].partyKind)}`)),
            list.map((c) => h('article', { class: `claim stance-${c.stance}`, dataset: { testid: 'claim' } },
              h('header', {},
                h('span', { class: `badge stance-${c.stance}` }, fmt.words(c.stance)),
                h('span', { class: 'muted' }, ` ${fmt.words(c.speaker)} · ${fmt.dateTime(c.at)}${c.report ? ` · ${c.report}` : ''}`)),
              h('p', {}, c.statement),
              c.fatalities && Object.keys(c.fatalities).length
                ? h('p', { class: 'muted' }, 'fatalities: ', Object.entries(c.fatalities).map(([k, v]) => `${fmt.words(k)} ${fmt.range(v)}`).join(', '))
                : null))))));
  }

  function evidenceSection(r, evidence) {
    const sensors = r.sensors || [];
    const reports = r.reports || [];
    return h('section', { class: 'evidence', dataset: { testid: 'incident-evidence' } },
      h('h3', {}, 'Evidence'),
      sensors.length
        ? h('ul', { class: 'sensor-evidence' }, sensors.map((s) => h('li', {},
          `Sensors, run ${s.run} (${s.incident}): alerts ${(s.alerts || []).join(' ')}; tracks `,
          (s.tracks || []).map((t) => h('button', { type: 'button', class: 'link', onclick: () => onTrack(t) }, t)))))
        : h('p', { class: 'muted' }, 'No sensor record.'),
      reports.length
        ? h('ul', { class: 'reports' }, reports.map((rep) => h('li', {}, `Report ${rep.id}: ${rep.source || 'unknown source'}, published ${rep.published}`)))
        : null,
      evidence.length
        ? h('table', { class: 'evidence-items', dataset: { testid: 'evidence-items' } },
          h('thead', {}, h('tr', {}, ['item', 'type', 'size', 'party', 'by', 'at', 'SHA-256'].map((c) => h('th', {}, c)))),
          h('tbody', {}, evidence.map((e) => h('tr', { dataset: { testid: 'evidence-item' } },
            h('td', {}, e.name || e.id || ''),
            h('td', {}, e.mediaType ?? ''),
            h('td', {}, e.size != null ? fmt.bytes(e.size) : ''),
            h('td', {}, e.party ?? ''),
            h('td', {}, e.by ?? ''),
            h('td', {}, fmt.dateTime(e.at)),
            h('td', { class: 'hash', title: e.sha256 ?? '' }, (e.sha256 ?? '').slice(0, 16) + (e.sha256 ? '…' : ''))))))
        : h('p', { class: 'muted' }, 'No uploaded evidence.'));
  }

  function ledgerSection(ledger, versions) {
    return h('section', { class: 'ledger', dataset: { testid: 'incident-ledger' } },
      h('h3', {}, 'Transparency log'),
      ledger
        ? h('p', { dataset: { testid: 'ledger-status' } }, 'Latest version at log index ', h('strong', {}, ledger.logIndex ?? '—'), '; ',
          ledger.included
            ? `included in the checkpoint of size ${ledger.checkpointSize}.`
            : `not yet in a checkpoint${ledger.checkpointSize != null ? ` (latest checkpoint size ${ledger.checkpointSize})` : ''}.`)
        : h('p', { class: 'muted', dataset: { testid: 'ledger-status' } }, 'Not logged.'),
      versions.length
        ? h('table', { class: 'versions', dataset: { testid: 'incident-versions' } },
          h('thead', {}, h('tr', {}, ['version', 'change', 'by', 'at', 'log index', 'in a checkpoint'].map((c) => h('th', {}, c)))),
          h('tbody', {}, versions.map((v) => h('tr', {},
            h('td', {}, v.version), h('td', {}, v.change ?? ''), h('td', {}, v.by ?? ''), h('td', {}, fmt.dateTime(v.at)),
            h('td', {}, v.logIndex ?? '—'), h('td', {}, v.included ? 'yes' : 'not yet')))))
        : null);
  }

  detailRoot.querySelector('[data-testid=incident-close]').addEventListener('click', close);

  return {
    reload,
    open,
    close,
    get openId() {
      return openId;
    },
    // An incident changed (stream event): refresh the list and, when it is open, its detail.
    async changed(id) {
      await reload();
      if (id && id === openId) await open(id, { focus: false });
    },
  };
}

function ledgerText(logIndex, included) {
  if (logIndex === null || logIndex === undefined) return 'not logged';
  return included ? `log #${logIndex} ✓` : `log #${logIndex}, pending checkpoint`;
}
