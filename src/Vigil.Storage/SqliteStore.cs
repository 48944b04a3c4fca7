using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Alerts;
using Vigil.Core;
using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>
/// Vigil's embedded store: one SQLite file holding runs, their alerts and incidents. The schema is
/// created or upgraded on open (<c>PRAGMA user_version</c> records its version). Times are stored as
/// ISO-8601 UTC text with 7 fractional digits, so they sort and round-trip exactly. Each alert also
/// keeps when it was stored (its receipt, from the store's clock), which reaction times count from.
/// Not thread-safe: one store per thread.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    private const int SchemaVersion = 2;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS runs (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario    TEXT NOT NULL,
            seed        INTEGER NOT NULL,
            started_at  TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS alerts (
            run_id          INTEGER NOT NULL REFERENCES runs(id),
            id              INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            time            TEXT NOT NULL,
            raised_at       TEXT NOT NULL,
            track_id        INTEGER NOT NULL,
            track_ids       TEXT NOT NULL,
            lat             REAL NOT NULL,
            lon             REAL NOT NULL,
            alt             REAL NOT NULL,
            border          TEXT NOT NULL,
            from_country    TEXT NOT NULL,
            to_country      TEXT NOT NULL,
            sector          TEXT NOT NULL,
            province        TEXT,
            classification  TEXT NOT NULL,
            probability     REAL NOT NULL,
            related         TEXT NOT NULL,
            received_at     TEXT,
            PRIMARY KEY (run_id, id)
        );
        CREATE TABLE IF NOT EXISTS incidents (
            run_id          INTEGER NOT NULL REFERENCES runs(id),
            id              INTEGER NOT NULL,
            start_time      TEXT NOT NULL,
            end_time        TEXT NOT NULL,
            lat             REAL NOT NULL,
            lon             REAL NOT NULL,
            alt             REAL NOT NULL,
            sector          TEXT NOT NULL,
            province        TEXT,
            border          TEXT NOT NULL,
            from_country    TEXT NOT NULL,
            to_country      TEXT NOT NULL,
            drone_track_ids TEXT NOT NULL,
            PRIMARY KEY (run_id, id)
        );
        CREATE TABLE IF NOT EXISTS incident_alerts (
            run_id      INTEGER NOT NULL,
            incident_id INTEGER NOT NULL,
            alert_id    INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            PRIMARY KEY (run_id, incident_id, alert_id),
            FOREIGN KEY (run_id, incident_id) REFERENCES incidents(run_id, id),
            FOREIGN KEY (run_id, alert_id) REFERENCES alerts(run_id, id)
        );
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/>; alerts are received on the system clock.</summary>
    /// <exception cref="InvalidOperationException">The file holds a newer schema than this version of Vigil knows.</exception>
    public static SqliteStore Open(string path) => Open(path, TimeProvider.System);

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/>; <paramref name="clock"/> times each alert's receipt.</summary>
    /// <exception cref="InvalidOperationException">The file holds a newer schema than this version of Vigil knows.</exception>
    public static SqliteStore Open(string path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        SqliteConnection connection = SqliteFile.Open(path);
        var store = new SqliteStore(connection, clock);
        try
        {
            store.Migrate();
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return store;
    }

    private void Migrate()
    {
        Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        long version = Scalar<long>("PRAGMA user_version;");
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"The database has schema version {version}; this Vigil knows up to {SchemaVersion}.");
        }

        if (version < SchemaVersion)
        {
            using SqliteTransaction tx = _connection.BeginTransaction();
            Execute(Schema, tx);
            if (!HasColumn("alerts", "received_at", tx))
            {
                // Version 1 had no receipt times; alerts stored then keep none.
                Execute("ALTER TABLE alerts ADD COLUMN received_at TEXT;", tx);
            }

            Execute($"PRAGMA user_version = {SchemaVersion};", tx);
            tx.Commit();
        }
    }

    private bool HasColumn(string table, string column, SqliteTransaction tx)
    {
        using SqliteCommand cmd = _connection.Command($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $c;", tx);
        cmd.Parameters.AddWithValue("$c", column);
        return (long)cmd.ExecuteScalar()! > 0;
    }

    /// <summary>Records the start of a run and returns its id.</summary>
    public RunId BeginRun(string scenario, int seed, DateTimeOffset startedAt)
    {
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO runs (scenario, seed, started_at) VALUES ($s, $seed, $t) RETURNING id;";
        cmd.Parameters.AddWithValue("$s", scenario);
        cmd.Parameters.AddWithValue("$seed", seed);
        cmd.Parameters.AddWithValue("$t", SqliteFile.FormatTime(startedAt));
        return new RunId((long)cmd.ExecuteScalar()!);
    }

    /// <summary>The stored runs, oldest first.</summary>
    public IReadOnlyList<RunInfo> Runs()
    {
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, scenario, seed, started_at FROM runs ORDER BY id;";
        using SqliteDataReader r = cmd.ExecuteReader();
        var runs = new List<RunInfo>();
        while (r.Read())
        {
            runs.Add(new RunInfo(new RunId(r.GetInt64(0)), r.GetString(1), r.GetInt32(2), SqliteFile.ParseTime(r.GetString(3))));
        }

        return runs;
    }

    /// <summary>The newest run, or null when none is stored.</summary>
    public RunInfo? LatestRun()
    {
        using SqliteCommand cmd = _connection.Command("SELECT id, scenario, seed, started_at FROM runs ORDER BY id DESC LIMIT 1;");
        using SqliteDataReader r = cmd.ExecuteReader();
        return r.Read() ? new RunInfo(new RunId(r.GetInt64(0)), r.GetString(1), r.GetInt32(2), SqliteFile.ParseTime(r.GetString(3))) : null;
    }

    /// <summary>The run with <paramref name="id"/>, or null.</summary>
    public RunInfo? FindRun(RunId id)
    {
        using SqliteCommand cmd = _connection.Command("SELECT id, scenario, seed, started_at FROM runs WHERE id = $id;");
        cmd.Parameters.AddWithValue("$id", id.Value);
        using SqliteDataReader r = cmd.ExecuteReader();
        return r.Read() ? new RunInfo(new RunId(r.GetInt64(0)), r.GetString(1), r.GetInt32(2), SqliteFile.ParseTime(r.GetString(3))) : null;
    }

    /// <summary>
    /// Stores alerts of a run in one transaction; an alert already stored is replaced but keeps the time
    /// it was first received. Alerts new to the store are received now, by the store's clock.
    /// </summary>
    public void SaveAlerts(RunId run, IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        string receivedAt = SqliteFile.FormatTime(_clock.GetUtcNow());
        using SqliteTransaction tx = _connection.BeginTransaction();
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT OR REPLACE INTO alerts (run_id, id, kind, time, raised_at, track_id, track_ids, lat, lon, alt,
                border, from_country, to_country, sector, province, classification, probability, related, received_at)
            VALUES ($run, $id, $kind, $time, $raised, $track, $tracks, $lat, $lon, $alt,
                $border, $from, $to, $sector, $province, $class, $p, $related,
                COALESCE((SELECT received_at FROM alerts WHERE run_id = $run AND id = $id), $received));
            """;
        foreach (Alert a in alerts)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$received", receivedAt);
            cmd.Parameters.AddWithValue("$run", run.Value);
            cmd.Parameters.AddWithValue("$id", a.Id.Value);
            cmd.Parameters.AddWithValue("$kind", a.Kind.ToWireName());
            cmd.Parameters.AddWithValue("$time", SqliteFile.FormatTime(a.Time));
            cmd.Parameters.AddWithValue("$raised", SqliteFile.FormatTime(a.RaisedAt));
            cmd.Parameters.AddWithValue("$track", a.TrackId.Value);
            cmd.Parameters.AddWithValue("$tracks", JoinInts(a.TrackIds, t => t.Value));
            cmd.Parameters.AddWithValue("$lat", a.Position.LatitudeDeg);
            cmd.Parameters.AddWithValue("$lon", a.Position.LongitudeDeg);
            cmd.Parameters.AddWithValue("$alt", a.Position.AltitudeM);
            cmd.Parameters.AddWithValue("$border", a.Border);
            cmd.Parameters.AddWithValue("$from", a.From);
            cmd.Parameters.AddWithValue("$to", a.To);
            cmd.Parameters.AddWithValue("$sector", a.Sector);
            cmd.Parameters.AddWithValue("$province", (object?)a.Province ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$class", a.Classification.ToString().ToLowerInvariant());
            cmd.Parameters.AddWithValue("$p", a.Probability);
            cmd.Parameters.AddWithValue("$related", JoinInts(a.RelatedAlertIds, r => r.Value));
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Stores incidents of a run (replacing earlier versions) with their alert links, in one transaction.</summary>
    public void SaveIncidents(RunId run, IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        using SqliteTransaction tx = _connection.BeginTransaction();
        foreach (Incident i in incidents)
        {
            using SqliteCommand del = _connection.CreateCommand();
            del.Transaction = tx;
            del.CommandText = "DELETE FROM incident_alerts WHERE run_id = $run AND incident_id = $id;";
            del.Parameters.AddWithValue("$run", run.Value);
            del.Parameters.AddWithValue("$id", i.Id.Value);
            del.ExecuteNonQuery();

            using SqliteCommand cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT OR REPLACE INTO incidents (run_id, id, start_time, end_time, lat, lon, alt, sector, province,
                    border, from_country, to_country, drone_track_ids)
                VALUES ($run, $id, $start, $end, $lat, $lon, $alt, $sector, $province, $border, $from, $to, $drones);
                """;
            cmd.Parameters.AddWithValue("$run", run.Value);
            cmd.Parameters.AddWithValue("$id", i.Id.Value);
            cmd.Parameters.AddWithValue("$start", SqliteFile.FormatTime(i.Start));
            cmd.Parameters.AddWithValue("$end", SqliteFile.FormatTime(i.End));
            cmd.Parameters.AddWithValue("$lat", i.Position.LatitudeDeg);
            cmd.Parameters.AddWithValue("$lon", i.Position.LongitudeDeg);
            cmd.Parameters.AddWithValue("$alt", i.Position.AltitudeM);
            cmd.Parameters.AddWithValue("$sector", i.Sector);
            cmd.Parameters.AddWithValue("$province", (object?)i.Province ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$border", i.Border);
            cmd.Parameters.AddWithValue("$from", i.From);
            cmd.Parameters.AddWithValue("$to", i.To);
            cmd.Parameters.AddWithValue("$drones", JoinInts(i.DroneTrackIds, t => t.Value));
            cmd.ExecuteNonQuery();

            for (int k = 0; k < i.AlertIds.Count; k++)
            {
                using SqliteCommand link = _connection.CreateCommand();
                link.Transaction = tx;
                link.CommandText = "INSERT INTO incident_alerts (run_id, incident_id, alert_id, position) VALUES ($run, $i, $a, $k);";
                link.Parameters.AddWithValue("$run", run.Value);
                link.Parameters.AddWithValue("$i", i.Id.Value);
                link.Parameters.AddWithValue("$a", i.AlertIds[k].Value);
                link.Parameters.AddWithValue("$k", k);
                link.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    /// <summary>The alerts of a run, by id.</summary>
    public IReadOnlyList<Alert> LoadAlerts(RunId run) => LoadStoredAlerts(run).Select(s => s.Alert).ToList();

    /// <summary>The alerts of a run, by id, with when each was received.</summary>
    public IReadOnlyList<StoredAlert> LoadStoredAlerts(RunId run)
    {
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, kind, time, raised_at, track_id, track_ids, lat, lon, alt, border, from_country, to_country,
                   sector, province, classification, probability, related, received_at
            FROM alerts WHERE run_id = $run ORDER BY id;
            """;
        cmd.Parameters.AddWithValue("$run", run.Value);
        using SqliteDataReader r = cmd.ExecuteReader();
        var alerts = new List<StoredAlert>();
        while (r.Read())
        {
            if (!AlertKinds.TryParse(r.GetString(1), out AlertKind kind) || !Enum.TryParse(r.GetString(14), true, out ObjectClass cls))
            {
                throw new InvalidDataException($"Alert {r.GetInt32(0)} of run {run} has an unknown kind or class.");
            }

            alerts.Add(new StoredAlert(new Alert
            {
                Id = new AlertId(r.GetInt32(0)),
                Kind = kind,
                Time = SqliteFile.ParseTime(r.GetString(2)),
                RaisedAt = SqliteFile.ParseTime(r.GetString(3)),
                TrackId = new TrackId(r.GetInt32(4)),
                TrackIds = SplitInts(r.GetString(5)).ConvertAll(v => new TrackId(v)),
                Position = new GeoPoint(r.GetDouble(6), r.GetDouble(7), r.GetDouble(8)),
                Border = r.GetString(9),
                From = r.GetString(10),
                To = r.GetString(11),
                Sector = r.GetString(12),
                Province = r.IsDBNull(13) ? null : r.GetString(13),
                Classification = cls,
                Probability = r.GetDouble(15),
                RelatedAlertIds = SplitInts(r.GetString(16)).ConvertAll(v => new AlertId(v)),
            }, r.IsDBNull(17) ? null : SqliteFile.ParseTime(r.GetString(17))));
        }

        return alerts;
    }

    /// <summary>The incidents of a run, by id, with their alert ids in order.</summary>
    public IReadOnlyList<Incident> LoadIncidents(RunId run)
    {
        var links = new Dictionary<int, List<AlertId>>();
        using (SqliteCommand l = _connection.CreateCommand())
        {
            l.CommandText = "SELECT incident_id, alert_id FROM incident_alerts WHERE run_id = $run ORDER BY incident_id, position;";
            l.Parameters.AddWithValue("$run", run.Value);
            using SqliteDataReader lr = l.ExecuteReader();
            while (lr.Read())
            {
                int incident = lr.GetInt32(0);
                if (!links.TryGetValue(incident, out List<AlertId>? list))
                {
                    links[incident] = list = [];
                }

                list.Add(new AlertId(lr.GetInt32(1)));
            }
        }

        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, start_time, end_time, lat, lon, alt, sector, province, border, from_country, to_country, drone_track_ids
            FROM incidents WHERE run_id = $run ORDER BY id;
            """;
        cmd.Parameters.AddWithValue("$run", run.Value);
        using SqliteDataReader r = cmd.ExecuteReader();
        var incidents = new List<Incident>();
        while (r.Read())
        {
            int id = r.GetInt32(0);
            incidents.Add(new Incident
            {
                Id = new IncidentId(id),
                Start = SqliteFile.ParseTime(r.GetString(1)),
                End = SqliteFile.ParseTime(r.GetString(2)),
                Position = new GeoPoint(r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)),
                Sector = r.GetString(6),
                Province = r.IsDBNull(7) ? null : r.GetString(7),
                Border = r.GetString(8),
                From = r.GetString(9),
                To = r.GetString(10),
                AlertIds = links.GetValueOrDefault(id) ?? [],
                DroneTrackIds = SplitInts(r.GetString(11)).ConvertAll(v => new TrackId(v)),
            });
        }

        return incidents;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, SqliteTransaction? tx = null) => _connection.Execute(sql, tx);

    private T Scalar<T>(string sql)
    {
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static string JoinInts<T>(IReadOnlyList<T> items, Func<T, int> value)
    {
        var parts = new string[items.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = value(items[i]).ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(',', parts);
    }

    private static List<int> SplitInts(string s) =>
        s.Length == 0 ? [] : Array.ConvertAll(s.Split(','), p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
}
