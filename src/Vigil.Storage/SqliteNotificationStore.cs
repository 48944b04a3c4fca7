using Microsoft.Data.Sqlite;
using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>
/// Notifications of the commanders' channel in the embedded SQLite file. A notification is written
/// in the same transaction as the record version that opens its incident
/// (<see cref="SqliteIncidentStore.Save(IncidentRecord, string, string, IReadOnlyCollection{string})"/>);
/// an acknowledgement is a row of its own, at most one per notification. Both tables refuse
/// <c>UPDATE</c> and <c>DELETE</c> (triggers), so the times are a record of how fast each party
/// answered. Not thread-safe: one store per thread.
/// </summary>
public sealed class SqliteNotificationStore : IDisposable
{
    /// <summary>The tables and triggers, created by this store and by <see cref="SqliteIncidentStore"/>.</summary>
    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS notifications (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            incident   INTEGER NOT NULL,
            party      TEXT NOT NULL,
            sent_at    TEXT NOT NULL,
            UNIQUE (incident, party)
        );
        CREATE TABLE IF NOT EXISTS notification_acks (
            notification  INTEGER PRIMARY KEY REFERENCES notifications(id),
            by_whom       TEXT NOT NULL,
            at            TEXT NOT NULL
        );
        CREATE TRIGGER IF NOT EXISTS notifications_no_update BEFORE UPDATE ON notifications
            BEGIN SELECT RAISE(ABORT, 'notifications are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS notifications_no_delete BEFORE DELETE ON notifications
            BEGIN SELECT RAISE(ABORT, 'notifications are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS notification_acks_no_update BEFORE UPDATE ON notification_acks
            BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS notification_acks_no_delete BEFORE DELETE ON notification_acks
            BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
        """;

    private const string Select = """
        SELECT n.id, n.incident, n.party, n.sent_at, a.at, a.by_whom
        FROM notifications n LEFT JOIN notification_acks a ON a.notification = n.id
        """;

    private readonly SqliteConnection _connection;

    private SqliteNotificationStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the notification tables in the database file at <paramref name="path"/>.</summary>
    public static SqliteNotificationStore Open(string path)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        try
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            connection.Execute(Schema);
            return new SqliteNotificationStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Every notification, oldest first; only those to <paramref name="party"/> when it is given.</summary>
    public IReadOnlyList<Notification> List(string? party = null) =>
        party is null ? Query("ORDER BY n.id", null) : Query("WHERE n.party = $k ORDER BY n.id", party);

    /// <summary>The notifications sent about <paramref name="incident"/>, oldest first.</summary>
    public IReadOnlyList<Notification> ForIncident(IncidentRecordId incident) => Query("WHERE n.incident = $k ORDER BY n.id", incident.Value);

    /// <summary>The notification <paramref name="id"/>, or null.</summary>
    public Notification? Get(NotificationId id) => Query("WHERE n.id = $k", id.Value).FirstOrDefault();

    /// <summary>Records that <paramref name="by"/> acknowledged <paramref name="id"/> at <paramref name="at"/>, unless it was acknowledged before.</summary>
    /// <returns>What happened, and the notification as it stands after (null when there is none).</returns>
    public (AcknowledgeOutcome Outcome, Notification? Notification) Acknowledge(NotificationId id, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        using SqliteTransaction tx = _connection.BeginTransaction();
        using (SqliteCommand exists = _connection.Command("SELECT COUNT(*) FROM notifications WHERE id = $id;", tx))
        {
            exists.Parameters.AddWithValue("$id", id.Value);
            if ((long)exists.ExecuteScalar()! == 0)
            {
                return (AcknowledgeOutcome.NotFound, null);
            }
        }

        int inserted;
        using (SqliteCommand insert = _connection.Command(
            "INSERT INTO notification_acks (notification, by_whom, at) VALUES ($id, $by, $at) ON CONFLICT (notification) DO NOTHING;", tx))
        {
            insert.Parameters.AddWithValue("$id", id.Value);
            insert.Parameters.AddWithValue("$by", by);
            insert.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
            inserted = insert.ExecuteNonQuery();
        }

        tx.Commit();
        return (inserted == 1 ? AcknowledgeOutcome.Acknowledged : AcknowledgeOutcome.AlreadyAcknowledged, Get(id));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    /// <summary>Writes a notification of <paramref name="party"/> about <paramref name="incident"/> inside <paramref name="tx"/> (once per incident and party).</summary>
    internal static void Insert(SqliteConnection connection, SqliteTransaction tx, IncidentRecordId incident, string party, DateTimeOffset at)
    {
        using SqliteCommand insert = connection.Command(
            "INSERT INTO notifications (incident, party, sent_at) VALUES ($i, $p, $at) ON CONFLICT (incident, party) DO NOTHING;", tx);
        insert.Parameters.AddWithValue("$i", incident.Value);
        insert.Parameters.AddWithValue("$p", party);
        insert.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        insert.ExecuteNonQuery();
    }

    private List<Notification> Query(string where, object? key)
    {
        using SqliteCommand q = _connection.Command($"{Select} {where};");
        if (key is not null)
        {
            q.Parameters.AddWithValue("$k", key);
        }

        var list = new List<Notification>();
        using SqliteDataReader r = q.ExecuteReader();
        while (r.Read())
        {
            list.Add(new Notification(
                new NotificationId(r.GetInt64(0)),
                new IncidentRecordId(r.GetInt32(1)),
                r.GetString(2),
                SqliteFile.ParseTime(r.GetString(3)),
                r.IsDBNull(4) ? null : SqliteFile.ParseTime(r.GetString(4)),
                r.IsDBNull(5) ? null : r.GetString(5)));
        }

        return list;
    }
}
