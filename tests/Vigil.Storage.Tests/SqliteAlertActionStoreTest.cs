using Microsoft.Data.Sqlite;
using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Storage.Tests;

public sealed class SqliteAlertActionStoreTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-actions-").FullName;

    private string DbPath => Path.Combine(_dir, "vigil.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TryAcknowledge_Twice_SecondRefusedWithTheFirst()
    {
        using SqliteAlertActionStore store = SqliteAlertActionStore.Open(DbPath);
        Assert.True(store.TryAcknowledge(new RunId(1), new AlertId(1), "key k1 (operator PK)", T0, "seen", out AlertAction first));
        Assert.False(store.TryAcknowledge(new RunId(1), new AlertId(1), "key k2 (operator AF)", T0.AddSeconds(5), null, out AlertAction existing));
        Assert.Equal(first, existing);
        Assert.True(store.TryAcknowledge(new RunId(2), new AlertId(1), "key k2 (operator AF)", T0, null, out _));
    }

    [Fact]
    public void Load_ActionsInOrderWithResponses()
    {
        using (SqliteAlertActionStore store = SqliteAlertActionStore.Open(DbPath))
        {
            store.AddResponse(new RunId(1), new AlertId(2), ResponseAction.NoAction, "key k1 (operator PK)", T0, null);
            store.TryAcknowledge(new RunId(1), new AlertId(2), "key k1 (operator PK)", T0.AddSeconds(1), null, out _);
            store.AddResponse(new RunId(1), new AlertId(2), ResponseAction.Jammed, "key k1 (operator PK)", T0.AddSeconds(2), "post 7");
        }

        using SqliteAlertActionStore reopened = SqliteAlertActionStore.Open(DbPath);
        IReadOnlyList<AlertAction> actions = reopened.Load(new RunId(1));
        Assert.Equal([AlertActionKind.Response, AlertActionKind.Acknowledgement, AlertActionKind.Response], actions.Select(a => a.Kind));
        Assert.Equal([ResponseAction.NoAction, null, ResponseAction.Jammed], actions.Select(a => a.Action));
        Assert.Equal("post 7", actions[2].Note);
        Assert.Equal(T0.AddSeconds(2), actions[2].At);
        Assert.Equal("R0003", actions[2].Id);
        Assert.Empty(reopened.Load(new RunId(2)));
    }

    [Theory]
    [InlineData("UPDATE alert_actions SET note = 'changed'")]
    [InlineData("DELETE FROM alert_actions")]
    public void Table_UpdateOrDelete_Refused(string sql)
    {
        using (SqliteAlertActionStore store = SqliteAlertActionStore.Open(DbPath))
        {
            store.AddResponse(new RunId(1), new AlertId(1), ResponseAction.Observed, "key k1 (operator PK)", T0, "note");
        }

        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        SqliteException e = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
        Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveAlerts_ReceivedAt_FromTheClockAndKeptWhenReplaced()
    {
        var alert = new Alert
        {
            Id = new AlertId(1),
            Kind = AlertKind.BorderCrossing,
            Time = T0,
            RaisedAt = T0,
            TrackId = new TrackId(1),
            TrackIds = [new TrackId(1)],
            Position = new GeoPoint(31.7, 69.2),
            Border = "AF-PK",
            From = "AF",
            To = "PK",
            Sector = "Zhob",
            Classification = ObjectClass.Drone,
            Probability = 0.9,
        };
        var clock = new StepClock(T0.AddHours(1));
        using SqliteStore store = SqliteStore.Open(DbPath, clock);
        RunId run = store.BeginRun("test", 1, T0);
        store.SaveAlerts(run, [alert]);
        store.SaveAlerts(run, [alert with { Probability = 0.95 }]);
        StoredAlert stored = Assert.Single(store.LoadStoredAlerts(run));
        Assert.Equal(T0.AddHours(1), stored.ReceivedAt);
        Assert.Equal(0.95, stored.Alert.Probability);
        Assert.Equal(run, store.LatestRun()!.Id);
    }

    [Fact]
    public void Open_SchemaVersion1_AddsReceivedAtAndKeepsOldAlerts()
    {
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, scenario TEXT NOT NULL, seed INTEGER NOT NULL, started_at TEXT NOT NULL);
                CREATE TABLE alerts (run_id INTEGER NOT NULL REFERENCES runs(id), id INTEGER NOT NULL, kind TEXT NOT NULL, time TEXT NOT NULL,
                    raised_at TEXT NOT NULL, track_id INTEGER NOT NULL, track_ids TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
                    alt REAL NOT NULL, border TEXT NOT NULL, from_country TEXT NOT NULL, to_country TEXT NOT NULL, sector TEXT NOT NULL,
                    province TEXT, classification TEXT NOT NULL, probability REAL NOT NULL, related TEXT NOT NULL, PRIMARY KEY (run_id, id));
                INSERT INTO runs (scenario, seed, started_at) VALUES ('old', 1, '2026-07-01T08:00:00.0000000Z');
                INSERT INTO alerts VALUES (1, 1, 'border-crossing', '2026-07-01T08:00:00.0000000Z', '2026-07-01T08:00:00.0000000Z', 1, '1',
                    31.7, 69.2, 0, 'AF-PK', 'AF', 'PK', 'Zhob', NULL, 'drone', 0.9, '');
                PRAGMA user_version = 1;
                """;
            cmd.ExecuteNonQuery();
        }

        using SqliteStore store = SqliteStore.Open(DbPath);
        StoredAlert old = Assert.Single(store.LoadStoredAlerts(new RunId(1)));
        Assert.Null(old.ReceivedAt);
        Assert.Equal("Zhob", old.Alert.Sector);
    }
}
