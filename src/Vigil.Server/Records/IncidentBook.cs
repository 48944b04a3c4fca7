using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Ledger.Log;
using Vigil.Ledger.Verification;
using Vigil.Osint;
using Vigil.Server.Live;
using Vigil.Storage;

namespace Vigil.Server.Records;

/// <summary>
/// The server's one keeper of the shared record: incident records, reports, evidence, notifications
/// and the transparency log, over the server's database. Every write takes one lock (the SQLite
/// stores are not thread-safe), publishes the versions it made to the log at once (appending what is
/// pending, then a checkpoint), replaces the <see cref="Snapshot"/> that reads are served from, and
/// announces each new version (<c>incident</c>) and notification (<c>notification</c>) on the
/// <see cref="EventHub"/>. Reads of the list take no lock.
/// </summary>
/// <remarks>
/// While the server runs it should be the only writer of its database: records another process
/// writes appear in the snapshot at the server's next write. The log is opened afresh for every
/// use, so appends made by another process in between are picked up, not overwritten.
/// </remarks>
public sealed class IncidentBook : IDisposable
{
    private readonly Lock _lock = new();
    private readonly string _dbPath;
    private readonly TimeProvider _clock;
    private readonly EventHub _hub;
    private readonly SqliteIncidentStore _store;
    private readonly SqliteEvidenceStore _evidence;
    private readonly SqliteNotificationStore _notifications;
    private readonly Lazy<BorderAtlas> _atlas = new(BorderAtlas.LoadBundled);
    private readonly Lazy<ReportExtractor> _extractor;
    private IncidentSnapshot _snapshot;

    /// <summary>Opens the records of <paramref name="options"/>' database, appending to the log whatever an earlier process left pending.</summary>
    public IncidentBook(ServerOptions options, EventHub hub)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hub);
        _dbPath = options.DbPath;
        _clock = options.Clock;
        _hub = hub;
        _extractor = new(() => new ReportExtractor(Gazetteer.Build(_atlas.Value)));
        _store = SqliteIncidentStore.Open(_dbPath);
        _evidence = SqliteEvidenceStore.Open(_dbPath, _clock);
        _notifications = SqliteNotificationStore.Open(_dbPath);
        lock (_lock)
        {
            _snapshot = Commit([]);
        }
    }

    /// <summary>The records as they stand after the last write.</summary>
    public IncidentSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>The bundled borders and admin areas (loaded on first use).</summary>
    public BorderAtlas Atlas => _atlas.Value;

    /// <summary>The server's clock.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>Opens a new record from <paramref name="draft"/>, notifying its parties but <paramref name="party"/>.</summary>
    /// <param name="draft">The record; its id, version and time are set here.</param>
    /// <param name="by">Who opens it.</param>
    /// <param name="party">The opener's party, or null.</param>
    /// <returns>The record as stored.</returns>
    public IncidentRecord Open(IncidentRecord draft, string by, string? party)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        lock (_lock)
        {
            IncidentRecord saved = IncidentDesk.Open(_store, draft with { Version = 1, UpdatedAt = _clock.GetUtcNow() }, "opened", by, party);
            Commit([(saved, "opened", true)]);
            return saved;
        }
    }

    /// <summary>
    /// Registers drafts as <see cref="IncidentDesk.Register"/> does (a run's incidents, imported rows):
    /// each joins the record it is about or opens one.
    /// </summary>
    public IReadOnlyList<IncidentDesk.Registered> Register(IReadOnlyList<IncidentRecord> drafts, string source, string by, string? party)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        lock (_lock)
        {
            IReadOnlyList<IncidentDesk.Registered> registered = IncidentDesk.Register(_store, drafts, source, by, _clock.GetUtcNow(), party);
            Commit([.. registered.Select(r => (r.Record, r.Opened ? $"opened from {source}" : $"{source} joined", r.Opened))]);
            return registered;
        }
    }

    /// <summary>
    /// Makes the next version of record <paramref name="id"/> with <paramref name="edit"/>, which gets the
    /// record as it stands and the time, and gives the changed record and what changed. Nothing is
    /// written when the record does not exist or is not at <paramref name="expectedVersion"/>.
    /// </summary>
    public ChangeResult Change(IncidentRecordId id, int? expectedVersion, string by, Func<IncidentRecord, DateTimeOffset, (IncidentRecord Next, string Change)> edit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(edit);
        lock (_lock)
        {
            if (Current(id, expectedVersion) is { } refused)
            {
                return refused;
            }

            IncidentRecord current = _store.Get(id)!;
            DateTimeOffset now = _clock.GetUtcNow();
            (IncidentRecord next, string change) = edit(current, now);
            return Save(next with { Id = id, Version = current.Version + 1, UpdatedAt = now }, change, by);
        }
    }

    /// <summary>
    /// Collects <paramref name="content"/> into the evidence store (hashed now, with custody) and links
    /// it to record <paramref name="id"/> as its next version. Nothing is stored when there is no such
    /// record, nor when <paramref name="by"/> already linked the same bytes to it (a retried upload:
    /// <see cref="ChangeOutcome.Unchanged"/>, with the record and the item as they are).
    /// </summary>
    public (ChangeResult Result, EvidenceItem? Item) AddEvidence(IncidentRecordId id, ReadOnlySpan<byte> content, string mediaType, string? name, string by, string? party)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        lock (_lock)
        {
            if (Current(id, null) is { } refused)
            {
                return (refused, null);
            }

            IncidentRecord current = _store.Get(id)!;
            // Hashed here only when the caller has linked evidence to this record before (Collect hashes anyway).
            if (current.Evidence.Any(e => e.By == by) && EvidenceId.Of(content) is var evidenceId
                && current.Evidence.Any(e => e.Id == evidenceId && e.By == by) && _evidence.TryGet(evidenceId, out EvidenceItem? held))
            {
                return (new ChangeResult(ChangeOutcome.Unchanged, current, $"evidence {evidenceId} is already linked to {id} by {by}"), held);
            }

            string origin = name is null ? $"uploaded to {id}" : $"uploaded to {id} as {name}";
            EvidenceItem item = _evidence.Collect(content, EvidenceOrigin.Device(origin), mediaType, by);
            DateTimeOffset now = _clock.GetUtcNow();
            var reference = new EvidenceRef(item.Id, mediaType, name, party, by, now);
            IncidentRecord next = current with { Version = current.Version + 1, UpdatedAt = now, Evidence = [.. current.Evidence, reference] };
            return (Save(next, $"evidence {item.Id} added", by), item);
        }
    }

    /// <summary>
    /// Stores a report unless the same text is held (by fingerprint); when it is new, reads its events
    /// and joins each to the record it is about or opens one, as <c>vigil report add</c> does.
    /// </summary>
    /// <param name="text">The report; header lines starting with <c>#</c> are not part of the text.</param>
    /// <param name="published">The day it was published.</param>
    /// <param name="source">Who published it; null: the text's <c># source:</c> header, if any.</param>
    /// <param name="by">Who adds it.</param>
    /// <param name="party">The adder's party, or null.</param>
    public ReportIntake AddReport(string text, DateOnly published, string? source, string by, string? party)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ReportFile file = ReportFile.Parse(text);
        lock (_lock)
        {
            ReportIntake intake = IncidentDesk.TakeReport(_store, _extractor.Value, file, published, source ?? file.Source, by, _clock.GetUtcNow(), party);
            string sourceName = $"report {intake.Report.Reference.Id}";
            Commit([.. intake.Records.Select(r => (r.Record, r.Opened ? $"opened from {sourceName}" : $"{sourceName} joined", r.Opened))]);
            return intake;
        }
    }

    /// <summary>Every version of record <paramref name="id"/>, oldest first (empty when there is none).</summary>
    public IReadOnlyList<IncidentVersion> History(IncidentRecordId id)
    {
        lock (_lock)
        {
            return _store.History(id);
        }
    }

    /// <summary>Every stored report, by id.</summary>
    public IReadOnlyList<StoredReport> Reports()
    {
        lock (_lock)
        {
            return _store.Reports();
        }
    }

    /// <summary>The stored report <paramref name="id"/>, or null.</summary>
    public StoredReport? Report(ReportId id)
    {
        lock (_lock)
        {
            return _store.Report(id);
        }
    }

    /// <summary>What was recorded when <paramref name="id"/> was collected, or null when the store does not hold it.</summary>
    public EvidenceItem? Evidence(EvidenceId id)
    {
        lock (_lock)
        {
            return _evidence.TryGet(id, out EvidenceItem? item) ? item : null;
        }
    }

    /// <summary>
    /// The bytes of <paramref name="id"/> after checking they still hash to it, recording that
    /// <paramref name="by"/> viewed them; null when the store does not hold it.
    /// </summary>
    /// <exception cref="EvidenceTamperedException">The stored bytes were altered; nothing is returned or recorded.</exception>
    public (EvidenceItem Item, byte[] Content)? ReadEvidence(EvidenceId id, string by)
    {
        lock (_lock)
        {
            return _evidence.TryGet(id, out EvidenceItem? item) ? (item, _evidence.Read(id, by, "read through the API")) : null;
        }
    }

    /// <summary>The chain of custody of <paramref name="id"/>; null when the store does not hold it.</summary>
    public IReadOnlyList<CustodyEvent>? Custody(EvidenceId id)
    {
        lock (_lock)
        {
            return _evidence.TryGet(id, out _) ? _evidence.Custody(id) : null;
        }
    }

    /// <summary>Every notification, oldest first; only <paramref name="party"/>'s when given.</summary>
    public IReadOnlyList<Notification> Notifications(string? party)
    {
        lock (_lock)
        {
            return _notifications.List(party);
        }
    }

    /// <summary>The notification <paramref name="id"/>, or null.</summary>
    public Notification? Notification(NotificationId id)
    {
        lock (_lock)
        {
            return _notifications.Get(id);
        }
    }

    /// <summary>Records that <paramref name="by"/> acknowledged <paramref name="id"/> now, unless it was before; announces it to its party.</summary>
    public (AcknowledgeOutcome Outcome, Notification? Notification) Acknowledge(NotificationId id, string by)
    {
        lock (_lock)
        {
            (AcknowledgeOutcome outcome, Notification? n) = _notifications.Acknowledge(id, by, _clock.GetUtcNow());
            if (outcome == AcknowledgeOutcome.Acknowledged && n is not null)
            {
                _hub.Publish(new ServerEvent("notification", RecordJson.Build(w => RecordJson.Notification(w, n)), Party: n.Party));
            }

            return (outcome, n);
        }
    }

    /// <summary>
    /// Runs <paramref name="use"/> on the transparency log under the lock: proofs, entries,
    /// checkpoints, cosignatures.
    /// </summary>
    public T WithLog<T>(Func<TransparencyLog, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        lock (_lock)
        {
            using SqliteLog store = SqliteLog.Open(_dbPath);
            using TransparencyLog log = TransparencyLog.Open(store);
            return use(log);
        }
    }

    /// <summary>
    /// Appends other records (a run's alerts, say) to the transparency log as one durable batch and
    /// issues a checkpoint; the server's one way to append, so that appends never race.
    /// </summary>
    /// <returns>The index of the first entry.</returns>
    public long AppendToLog(IReadOnlyList<byte[]> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_lock)
        {
            long first;
            using (SqliteLog store = SqliteLog.Open(_dbPath))
            using (TransparencyLog log = TransparencyLog.Open(store))
            {
                first = log.Append(entries);
                log.Checkpoint();
            }

            Commit([]);
            return first;
        }
    }

    /// <summary>
    /// A bundle of the log at its latest checkpoint (no witness keys: the verifier adds its own), as
    /// <c>vigil log export</c> writes it; null with the reason when the log has issued no checkpoint.
    /// </summary>
    public Bundle? ExportBundle(out string error)
    {
        string reason = "";
        Bundle? bundle = WithLog(log => Bundle.TryExport(log, [], 0, out Bundle? b, out reason) ? b : null);
        error = reason;
        return bundle;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Dispose();
        _evidence.Dispose();
        _notifications.Dispose();
    }

    /// <summary>Null when record <paramref name="id"/> exists (at <paramref name="expectedVersion"/> when given), else why not.</summary>
    private ChangeResult? Current(IncidentRecordId id, int? expectedVersion)
    {
        IncidentRecord? current = _store.Get(id);
        if (current is null)
        {
            return new ChangeResult(ChangeOutcome.NotFound, null, $"there is no incident {id}");
        }

        return expectedVersion is { } v && v != current.Version
            ? new ChangeResult(ChangeOutcome.Stale, current, $"{id} is at version {current.Version}, not {v}; reload it and try again")
            : null;
    }

    private ChangeResult Save(IncidentRecord next, string change, string by)
    {
        IncidentRecord saved;
        try
        {
            saved = _store.Save(next, change, by);
        }
        catch (InvalidOperationException e)
        {
            // Another process changed the record in between.
            return new ChangeResult(ChangeOutcome.Stale, _store.Get(next.Id), e.Message);
        }

        Commit([(saved, change, false)]);
        return new ChangeResult(ChangeOutcome.Saved, saved, change);
    }

    /// <summary>Publishes what is pending to the log, replaces the snapshot and announces <paramref name="saved"/>. Call under the lock.</summary>
    private IncidentSnapshot Commit(IReadOnlyList<(IncidentRecord Record, string Change, bool Opened)> saved)
    {
        long checkpointSize;
        using (SqliteLog store = SqliteLog.Open(_dbPath))
        using (TransparencyLog log = TransparencyLog.Open(store))
        {
            IncidentDesk.Publish(_store, log);
            checkpointSize = store.LatestCheckpoint() is { } note && SignedCheckpoint.TryParse(note, out SignedCheckpoint? c, out _) ? c.Checkpoint.Size : 0;
        }

        IncidentSnapshot snapshot = IncidentSnapshot.Of(_store.Latest(), checkpointSize);
        Volatile.Write(ref _snapshot, snapshot);
        foreach ((IncidentRecord record, string change, bool opened) in saved)
        {
            _hub.Publish(new ServerEvent("incident", RecordJson.Build(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", record.Id.ToString());
                w.WriteNumber("version", record.Version);
                w.WriteString("change", change);
                w.WriteEndObject();
            })));
            if (opened)
            {
                foreach (Notification n in _notifications.ForIncident(record.Id))
                {
                    _hub.Publish(new ServerEvent("notification", RecordJson.Build(w => RecordJson.Notification(w, n)), Party: n.Party));
                }
            }
        }

        return snapshot;
    }
}
