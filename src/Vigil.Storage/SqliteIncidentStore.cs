using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Incidents;
using Vigil.Ledger.Json;
using Vigil.Ledger.Log;

namespace Vigil.Storage;

/// <summary>
/// Incident records and the reports they draw on, in the embedded SQLite file. Every version of every
/// record is kept (a record is never edited in place: triggers refuse <c>UPDATE</c> and <c>DELETE</c>),
/// and every version is an entry of the transparency log:
/// <c>{"type": "incident-record", "change", "by", "incident": {…}}</c>, canonical JSON (RFC 8785),
/// the inner object as <see cref="IncidentRecordJson"/> writes it. A version is stored and queued
/// for the log in one transaction; <see cref="AppendPending"/> then appends the queue in order, so a
/// crash in between loses nothing (the queue is appended on the next call; at worst an entry is
/// appended twice, never skipped). Not thread-safe: one store per thread.
/// </summary>
public sealed class SqliteIncidentStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reports (
            id           INTEGER PRIMARY KEY,
            published    TEXT NOT NULL,
            source       TEXT,
            text         TEXT NOT NULL,
            fingerprint  TEXT NOT NULL UNIQUE,
            events       TEXT NOT NULL,
            added_by     TEXT NOT NULL,
            added_at     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS incident_versions (
            id         INTEGER NOT NULL,
            version    INTEGER NOT NULL,
            change     TEXT NOT NULL,
            by_whom    TEXT NOT NULL,
            at         TEXT NOT NULL,
            record     TEXT NOT NULL,
            PRIMARY KEY (id, version)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS incident_log_queue (
            seq        INTEGER PRIMARY KEY AUTOINCREMENT,
            id         INTEGER NOT NULL,
            version    INTEGER NOT NULL,
            entry      BLOB NOT NULL,
            log_index  INTEGER
        );
        CREATE TRIGGER IF NOT EXISTS reports_no_update BEFORE UPDATE ON reports
            BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS reports_no_delete BEFORE DELETE ON reports
            BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS incident_versions_no_update BEFORE UPDATE ON incident_versions
            BEGIN SELECT RAISE(ABORT, 'incident versions are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS incident_versions_no_delete BEFORE DELETE ON incident_versions
            BEGIN SELECT RAISE(ABORT, 'incident versions are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS incident_log_queue_once BEFORE UPDATE ON incident_log_queue
            WHEN OLD.log_index IS NOT NULL OR NEW.entry IS NOT OLD.entry OR NEW.id IS NOT OLD.id OR NEW.version IS NOT OLD.version
            BEGIN SELECT RAISE(ABORT, 'a queued log entry is set once'); END;
        CREATE TRIGGER IF NOT EXISTS incident_log_queue_no_delete BEFORE DELETE ON incident_log_queue
            BEGIN SELECT RAISE(ABORT, 'the log queue is append-only'); END;
        """;

    private readonly SqliteConnection _connection;

    private SqliteIncidentStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the incident tables in the database file at <paramref name="path"/>.</summary>
    /// <param name="path">The database file; may be (and usually is) the same file as the other stores' and the log's.</param>
    public static SqliteIncidentStore Open(string path)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        try
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            connection.Execute(Schema);
            connection.Execute(SqliteNotificationStore.Schema);
            return new SqliteIncidentStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores a report unless one with the same <paramref name="fingerprint"/> is held; returns the
    /// stored one and whether it is new.
    /// </summary>
    public (StoredReport Report, bool IsNew) AddReport(string text, DateOnly published, string? source, string fingerprint, string eventsJson, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentNullException.ThrowIfNull(eventsJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (FindReport(fingerprint) is { } held)
        {
            return (held, false);
        }

        using SqliteCommand insert = _connection.Command(
            """
            INSERT INTO reports (published, source, text, fingerprint, events, added_by, added_at)
            VALUES ($p, $s, $t, $f, $e, $by, $at) RETURNING id;
            """);
        insert.Parameters.AddWithValue("$p", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$s", (object?)source ?? DBNull.Value);
        insert.Parameters.AddWithValue("$t", text);
        insert.Parameters.AddWithValue("$f", fingerprint);
        insert.Parameters.AddWithValue("$e", eventsJson);
        insert.Parameters.AddWithValue("$by", by);
        insert.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        var id = new ReportId(Convert.ToInt32(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        return (new StoredReport(new ReportRef(id, published, source), text, fingerprint, eventsJson, by, at), true);
    }

    /// <summary>The report with this fingerprint, or null.</summary>
    public StoredReport? FindReport(string fingerprint) => Reports("WHERE fingerprint = $k", fingerprint).FirstOrDefault();

    /// <summary>The report with this id, or null.</summary>
    public StoredReport? Report(ReportId id) => Reports("WHERE id = $k", id.Value).FirstOrDefault();

    /// <summary>Every stored report, by id.</summary>
    public IReadOnlyList<StoredReport> Reports() => Reports("ORDER BY id", null);

    /// <summary>Every record as it stands (its latest version), by id.</summary>
    public IReadOnlyList<IncidentRecord> Current()
    {
        using SqliteCommand q = _connection.Command(
            """
            SELECT v.record FROM incident_versions v
            WHERE v.version = (SELECT MAX(version) FROM incident_versions w WHERE w.id = v.id)
            ORDER BY v.id;
            """);
        var records = new List<IncidentRecord>();
        using SqliteDataReader r = q.ExecuteReader();
        while (r.Read())
        {
            records.Add(Parse(r.GetString(0)));
        }

        return records;
    }

    /// <summary>Every record's latest version, by id, with what changed, who changed it and its log index.</summary>
    public IReadOnlyList<IncidentVersion> Latest()
    {
        using SqliteCommand q = _connection.Command(
            """
            SELECT v.record, v.change, v.by_whom, q.log_index FROM incident_versions v
            LEFT JOIN incident_log_queue q ON q.id = v.id AND q.version = v.version
            WHERE v.version = (SELECT MAX(version) FROM incident_versions w WHERE w.id = v.id)
            ORDER BY v.id;
            """);
        return Versions(q);
    }

    /// <summary>The record as it stands, or null when there is no such record.</summary>
    public IncidentRecord? Get(IncidentRecordId id)
    {
        using SqliteCommand q = _connection.Command("SELECT record FROM incident_versions WHERE id = $id ORDER BY version DESC LIMIT 1;");
        q.Parameters.AddWithValue("$id", id.Value);
        return q.ExecuteScalar() is string json ? Parse(json) : null;
    }

    /// <summary>Every version of a record, oldest first, with its log index once appended; empty when there is no such record.</summary>
    public IReadOnlyList<IncidentVersion> History(IncidentRecordId id)
    {
        using SqliteCommand q = _connection.Command(
            """
            SELECT v.record, v.change, v.by_whom, q.log_index FROM incident_versions v
            LEFT JOIN incident_log_queue q ON q.id = v.id AND q.version = v.version
            WHERE v.id = $id ORDER BY v.version;
            """);
        q.Parameters.AddWithValue("$id", id.Value);
        return Versions(q);
    }

    /// <summary>
    /// Stores the next version of a record and queues it for the log. A record whose id is the default
    /// is new: it gets the next id and version 1. Otherwise <paramref name="record"/> must be exactly
    /// one version ahead of the stored one.
    /// </summary>
    /// <returns>The record as stored (with its id and version).</returns>
    /// <exception cref="InvalidOperationException">The record is not the next version of the stored one (someone else changed it first), or it does not exist.</exception>
    public IncidentRecord Save(IncidentRecord record, string change, string by) => Save(record, change, by, []);

    /// <summary>
    /// Stores the next version of a record like <see cref="Save(IncidentRecord, string, string)"/>; when
    /// the record is new, every party in <paramref name="notify"/> (ISO 3166-1 alpha-2 codes) is sent a
    /// notification in the same transaction (see <see cref="SqliteNotificationStore"/>).
    /// </summary>
    /// <returns>The record as stored (with its id and version).</returns>
    /// <exception cref="InvalidOperationException">The record is not the next version of the stored one (someone else changed it first), or it does not exist.</exception>
    public IncidentRecord Save(IncidentRecord record, string change, string by, IReadOnlyCollection<string> notify)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(notify);
        bool opened = record.Id == default;
        ArgumentException.ThrowIfNullOrWhiteSpace(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        using SqliteTransaction tx = _connection.BeginTransaction();
        using (SqliteCommand latest = _connection.Command("SELECT COALESCE(MAX(version), 0) FROM incident_versions WHERE id = $id;", tx))
        {
            if (record.Id == default)
            {
                using SqliteCommand next = _connection.Command("SELECT COALESCE(MAX(id), 0) + 1 FROM incident_versions;", tx);
                record = record with { Id = new IncidentRecordId(Convert.ToInt32(next.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)), Version = 1 };
            }
            else
            {
                latest.Parameters.AddWithValue("$id", record.Id.Value);
                long stored = (long)latest.ExecuteScalar()!;
                if (stored == 0 || record.Version != stored + 1)
                {
                    throw new InvalidOperationException(stored == 0
                        ? $"There is no incident {record.Id}."
                        : $"{record.Id} is at version {stored}; got version {record.Version}, want {stored + 1}.");
                }
            }
        }

        byte[] json = IncidentRecordJson.ToUtf8(record);
        using (SqliteCommand insert = _connection.Command(
            "INSERT INTO incident_versions (id, version, change, by_whom, at, record) VALUES ($id, $v, $c, $by, $at, $r);", tx))
        {
            insert.Parameters.AddWithValue("$id", record.Id.Value);
            insert.Parameters.AddWithValue("$v", record.Version);
            insert.Parameters.AddWithValue("$c", change);
            insert.Parameters.AddWithValue("$by", by);
            insert.Parameters.AddWithValue("$at", SqliteFile.FormatTime(record.UpdatedAt));
            insert.Parameters.AddWithValue("$r", System.Text.Encoding.UTF8.GetString(json));
            insert.ExecuteNonQuery();
        }

        using (SqliteCommand queue = _connection.Command("INSERT INTO incident_log_queue (id, version, entry) VALUES ($id, $v, $e);", tx))
        {
            queue.Parameters.AddWithValue("$id", record.Id.Value);
            queue.Parameters.AddWithValue("$v", record.Version);
            queue.Parameters.Add("$e", SqliteType.Blob).Value = LogEntry(record, change, by);
            queue.ExecuteNonQuery();
        }

        if (opened)
        {
            foreach (string party in notify)
            {
                SqliteNotificationStore.Insert(_connection, tx, record.Id, party, record.UpdatedAt);
            }
        }

        tx.Commit();
        return record;
    }

    /// <summary>Appends every queued version to <paramref name="log"/>, in the order they were saved, as one batch.</summary>
    /// <returns>How many entries were appended.</returns>
    public int AppendPending(TransparencyLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var pending = new List<(long Seq, byte[] Entry)>();
        using (SqliteCommand q = _connection.Command("SELECT seq, entry FROM incident_log_queue WHERE log_index IS NULL ORDER BY seq;"))
        using (SqliteDataReader r = q.ExecuteReader())
        {
            while (r.Read())
            {
                pending.Add((r.GetInt64(0), (byte[])r.GetValue(1)));
            }
        }

        if (pending.Count == 0)
        {
            return 0;
        }

        long first = log.Append([.. pending.Select(p => p.Entry)]);
        using SqliteTransaction tx = _connection.BeginTransaction();
        using SqliteCommand mark = _connection.Command("UPDATE incident_log_queue SET log_index = $i WHERE seq = $s;", tx);
        SqliteParameter index = mark.Parameters.Add("$i", SqliteType.Integer), seq = mark.Parameters.Add("$s", SqliteType.Integer);
        for (int i = 0; i < pending.Count; i++)
        {
            index.Value = first + i;
            seq.Value = pending[i].Seq;
            mark.ExecuteNonQuery();
        }

        tx.Commit();
        return pending.Count;
    }

    /// <summary>The log entry of one version: <c>{"type": "incident-record", "change", "by", "incident": {…}}</c>, canonical.</summary>
    public static byte[] LogEntry(IncidentRecord record, string change, string by)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "incident-record");
            w.WriteString("change", change);
            w.WriteString("by", by);
            w.WritePropertyName("incident");
            IncidentRecordJson.Write(w, record);
            w.WriteEndObject();
        }

        return CanonicalJson.TryCanonicalize(buffer.WrittenSpan, out byte[] canonical, out string? error)
            ? canonical
            : throw new InvalidOperationException($"The log entry of {record.Id} v{record.Version} is not I-JSON: {error}");
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static List<IncidentVersion> Versions(SqliteCommand q)
    {
        var versions = new List<IncidentVersion>();
        using SqliteDataReader r = q.ExecuteReader();
        while (r.Read())
        {
            versions.Add(new IncidentVersion(Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3)));
        }

        return versions;
    }

    private List<StoredReport> Reports(string where, object? key)
    {
        using SqliteCommand q = _connection.Command($"SELECT id, published, source, text, fingerprint, events, added_by, added_at FROM reports {where};");
        if (key is not null)
        {
            q.Parameters.AddWithValue("$k", key);
        }

        var list = new List<StoredReport>();
        using SqliteDataReader r = q.ExecuteReader();
        while (r.Read())
        {
            var reference = new ReportRef(new ReportId(r.GetInt32(0)), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(2) ? null : r.GetString(2));
            list.Add(new StoredReport(reference, r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), SqliteFile.ParseTime(r.GetString(7))));
        }

        return list;
    }

    private static IncidentRecord Parse(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return IncidentRecordJson.Read(doc.RootElement);
    }
}
