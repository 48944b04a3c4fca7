using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>
/// Evidence in the embedded SQLite file, kept as the Berkeley Protocol asks (Berkeley Protocol on
/// Digital Open Source Investigations, 2022, preservation): each piece is stored under the SHA-256
/// computed when it was collected, beside who collected it, when and from where, and with a chain of
/// custody that only grows. Reading recomputes the hash and refuses bytes that no longer match.
/// Both tables refuse <c>UPDATE</c> and <c>DELETE</c> (triggers); the hash catches whoever drops
/// the triggers. Writes are durable when they return (<c>synchronous = FULL</c>, WAL). Not
/// thread-safe: one store per thread.
/// </summary>
public sealed class SqliteEvidenceStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS evidence (
            sha256          TEXT PRIMARY KEY,
            content         BLOB NOT NULL,
            size            INTEGER NOT NULL,
            media_type      TEXT NOT NULL,
            origin_kind     TEXT NOT NULL,
            origin          TEXT NOT NULL,
            collected_by    TEXT NOT NULL,
            collected_at    TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS custody_events (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256      TEXT NOT NULL REFERENCES evidence(sha256),
            action      TEXT NOT NULL,
            by_whom     TEXT NOT NULL,
            at          TEXT NOT NULL,
            note        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS custody_by_evidence ON custody_events (sha256, seq);
        CREATE TRIGGER IF NOT EXISTS evidence_no_update BEFORE UPDATE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS evidence_no_delete BEFORE DELETE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS custody_no_update BEFORE UPDATE ON custody_events
            BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS custody_no_delete BEFORE DELETE ON custody_events
            BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteEvidenceStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>Opens (creating if needed) the evidence tables in the database file at <paramref name="path"/>.</summary>
    /// <param name="path">The database file; may be the same file as <see cref="SqliteStore"/>'s.</param>
    /// <param name="clock">Gives the time of collections and custody events.</param>
    public static SqliteEvidenceStore Open(string path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        SqliteConnection connection = SqliteFile.Open(path);
        var store = new SqliteEvidenceStore(connection, clock);
        try
        {
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            store.Execute(Schema);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Collects <paramref name="content"/> — a file's bytes or a captured URL's bytes — hashing it now,
    /// and appends a <see cref="CustodyAction.Collected"/> event. Bytes already held (same hash) are
    /// not stored twice: the original collection's record is kept and returned, and the new
    /// collection appears in the chain of custody with its origin in the note.
    /// </summary>
    /// <exception cref="ArgumentException">The collector or media type is empty, or the media type has no <c>/</c>.</exception>
    public EvidenceItem Collect(ReadOnlySpan<byte> content, EvidenceOrigin origin, string mediaType, string collectedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        ArgumentException.ThrowIfNullOrWhiteSpace(collectedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin.Location, nameof(origin));
        if (!mediaType.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a media type: \"{mediaType}\", want e.g. image/jpeg.", nameof(mediaType));
        }

        EvidenceId id = EvidenceId.Of(content);
        DateTimeOffset now = _clock.GetUtcNow();
        using SqliteTransaction tx = _connection.BeginTransaction();
        using (SqliteCommand insert = Command(
            """
            INSERT INTO evidence (sha256, content, size, media_type, origin_kind, origin, collected_by, collected_at)
            VALUES ($h, $c, $n, $m, $ok, $o, $by, $at) ON CONFLICT (sha256) DO NOTHING;
            """,
            tx))
        {
            insert.Parameters.AddWithValue("$h", id.Hex);
            insert.Parameters.Add("$c", SqliteType.Blob).Value = content.ToArray();
            insert.Parameters.AddWithValue("$n", content.Length);
            insert.Parameters.AddWithValue("$m", mediaType);
            insert.Parameters.AddWithValue("$ok", origin.Kind.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$o", origin.Location);
            insert.Parameters.AddWithValue("$by", collectedBy);
            insert.Parameters.AddWithValue("$at", SqliteFile.FormatTime(now));
            insert.ExecuteNonQuery();
        }

        Append(id, CustodyAction.Collected, collectedBy, now, $"from {origin}", tx);
        tx.Commit();
        return TryGet(id, out EvidenceItem? item) ? item : throw new InvalidOperationException($"Evidence {id} vanished after it was stored.");
    }

    /// <summary>Collects the bytes of the file at <paramref name="path"/>, like <see cref="Collect"/>.</summary>
    public EvidenceItem CollectFile(string path, EvidenceOrigin origin, string mediaType, string collectedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Collect(File.ReadAllBytes(path), origin, mediaType, collectedBy);
    }

    /// <summary>The collection record of <paramref name="id"/>, if the store holds it.</summary>
    public bool TryGet(EvidenceId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EvidenceItem? item)
    {
        using SqliteCommand cmd = Command(
            "SELECT size, media_type, origin_kind, origin, collected_by, collected_at FROM evidence WHERE sha256 = $h;");
        cmd.Parameters.AddWithValue("$h", id.Hex);
        using SqliteDataReader r = cmd.ExecuteReader();
        if (!r.Read())
        {
            item = null;
            return false;
        }

        if (!Enum.TryParse(r.GetString(2), ignoreCase: true, out OriginKind kind))
        {
            throw new InvalidDataException($"Evidence {id} has an unknown origin kind \"{r.GetString(2)}\".");
        }

        item = new EvidenceItem
        {
            Id = id,
            SizeBytes = r.GetInt64(0),
            MediaType = r.GetString(1),
            Origin = new EvidenceOrigin(kind, r.GetString(3)),
            CollectedBy = r.GetString(4),
            CollectedAt = SqliteFile.ParseTime(r.GetString(5)),
        };
        return true;
    }

    /// <summary>
    /// Returns the bytes of <paramref name="id"/> after checking they still hash to it, and appends a
    /// <see cref="CustodyAction.Viewed"/> event for <paramref name="by"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The store does not hold <paramref name="id"/>.</exception>
    /// <exception cref="EvidenceTamperedException">The stored bytes were altered; nothing is returned or recorded.</exception>
    public byte[] Read(EvidenceId id, string by, string note = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(note);
        byte[] content = Verify(id);
        Append(id, CustodyAction.Viewed, by, _clock.GetUtcNow(), note, tx: null);
        return content;
    }

    /// <summary>Checks that the stored bytes of <paramref name="id"/> still hash to it, and returns them. Records nothing.</summary>
    /// <exception cref="KeyNotFoundException">The store does not hold <paramref name="id"/>.</exception>
    /// <exception cref="EvidenceTamperedException">The stored bytes were altered.</exception>
    public byte[] Verify(EvidenceId id)
    {
        using SqliteCommand cmd = Command("SELECT content FROM evidence WHERE sha256 = $h;");
        cmd.Parameters.AddWithValue("$h", id.Hex);
        byte[] content = cmd.ExecuteScalar() as byte[] ?? throw new KeyNotFoundException($"No evidence {id} in the store.");
        EvidenceId actual = EvidenceId.Of(content);
        return actual == id ? content : throw new EvidenceTamperedException(id, actual);
    }

    /// <summary>
    /// Appends a custody event — <see cref="CustodyAction.Viewed"/>, <see cref="CustodyAction.Copied"/>,
    /// <see cref="CustodyAction.Transferred"/> or <see cref="CustodyAction.Analysed"/> — at the clock's time.
    /// Collection is recorded by <see cref="Collect"/> only.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="action"/> is <see cref="CustodyAction.Collected"/> or not defined, or <paramref name="by"/> is empty.</exception>
    /// <exception cref="KeyNotFoundException">The store does not hold <paramref name="id"/>.</exception>
    public CustodyEvent Record(EvidenceId id, CustodyAction action, string by, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(note);
        if (action == CustodyAction.Collected || !Enum.IsDefined(action))
        {
            throw new ArgumentException($"Cannot record {action} as a custody event; collection is recorded by Collect.", nameof(action));
        }

        if (!TryGet(id, out _))
        {
            throw new KeyNotFoundException($"No evidence {id} in the store.");
        }

        return Append(id, action, by, _clock.GetUtcNow(), note, tx: null);
    }

    /// <summary>The chain of custody of <paramref name="id"/>, in the order the events were appended; empty when the store does not hold it.</summary>
    public IReadOnlyList<CustodyEvent> Custody(EvidenceId id)
    {
        using SqliteCommand cmd = Command("SELECT seq, action, by_whom, at, note FROM custody_events WHERE sha256 = $h ORDER BY seq;");
        cmd.Parameters.AddWithValue("$h", id.Hex);
        using SqliteDataReader r = cmd.ExecuteReader();
        var events = new List<CustodyEvent>();
        while (r.Read())
        {
            if (!Enum.TryParse(r.GetString(1), ignoreCase: true, out CustodyAction action))
            {
                throw new InvalidDataException($"Custody event {r.GetInt64(0)} of {id} has an unknown action \"{r.GetString(1)}\".");
            }

            events.Add(new CustodyEvent
            {
                Sequence = r.GetInt64(0),
                Evidence = id,
                Action = action,
                By = r.GetString(2),
                At = SqliteFile.ParseTime(r.GetString(3)),
                Note = r.GetString(4),
            });
        }

        return events.AsReadOnly();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private CustodyEvent Append(EvidenceId id, CustodyAction action, string by, DateTimeOffset at, string note, SqliteTransaction? tx)
    {
        using SqliteCommand cmd = Command(
            "INSERT INTO custody_events (sha256, action, by_whom, at, note) VALUES ($h, $a, $by, $at, $n) RETURNING seq;", tx);
        cmd.Parameters.AddWithValue("$h", id.Hex);
        cmd.Parameters.AddWithValue("$a", action.ToString().ToLowerInvariant());
        cmd.Parameters.AddWithValue("$by", by);
        cmd.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        cmd.Parameters.AddWithValue("$n", note);
        long seq = (long)cmd.ExecuteScalar()!;
        return new CustodyEvent { Sequence = seq, Evidence = id, Action = action, By = by, At = SqliteFile.ParseTime(SqliteFile.FormatTime(at)), Note = note };
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null) => _connection.Command(sql, tx);

    private void Execute(string sql, SqliteTransaction? tx = null) => _connection.Execute(sql, tx);
}
