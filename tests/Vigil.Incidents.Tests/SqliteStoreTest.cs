using Vigil.Alerts;
using Vigil.Core;
using Vigil.Storage;
using static Vigil.Incidents.Tests.Alerts;

namespace Vigil.Incidents.Tests;

public sealed class SqliteStoreTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-store-").FullName;

    private string DbPath => Path.Combine(_dir, "sub", "vigil.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SaveAndLoad_AlertsAndIncidents_RoundTripExactly()
    {
        var g = new IncidentGrouper(new IncidentOptions());
        Alert a = Crossing(1, 7, 31.70, 69.20, T0.AddTicks(1234567));
        Alert b = Crossing(2, 9, 31.71, 69.21, T0.AddMinutes(1)) with { Province = null };
        Alert swarm = b with
        {
            Id = new AlertId(3),
            Kind = AlertKind.Swarm,
            TrackIds = [new TrackId(7), new TrackId(9)],
            RelatedAlertIds = [a.Id, b.Id],
        };
        Alert[] alerts = [a, b, swarm];
        foreach (Alert x in alerts)
        {
            g.Add(x);
        }

        RunId run;
        using (SqliteStore store = SqliteStore.Open(DbPath))
        {
            run = store.BeginRun("test", 42, T0);
            store.SaveAlerts(run, alerts);
            store.SaveIncidents(run, g.Incidents);
        }

        using SqliteStore reopened = SqliteStore.Open(DbPath);
        IReadOnlyList<Alert> loaded = reopened.LoadAlerts(run);
        Assert.Equal(3, loaded.Count);
        for (int i = 0; i < alerts.Length; i++)
        {
            Assert.Equal(alerts[i] with { TrackIds = [], RelatedAlertIds = [] }, loaded[i] with { TrackIds = [], RelatedAlertIds = [] });
            Assert.Equal(alerts[i].TrackIds, loaded[i].TrackIds);
            Assert.Equal(alerts[i].RelatedAlertIds, loaded[i].RelatedAlertIds);
        }

        Incident expected = Assert.Single(g.Incidents);
        Incident got = Assert.Single(reopened.LoadIncidents(run));
        Assert.Equal(expected with { AlertIds = [], DroneTrackIds = [] }, got with { AlertIds = [], DroneTrackIds = [] });
        Assert.Equal(expected.AlertIds, got.AlertIds);
        Assert.Equal(expected.DroneTrackIds, got.DroneTrackIds);
        Assert.Equal(new RunInfo(run, "test", 42, T0), Assert.Single(reopened.Runs()));
    }

    [Fact]
    public void SaveIncidents_Again_ReplacesTheEarlierVersion()
    {
        using SqliteStore store = SqliteStore.Open(DbPath);
        RunId run = store.BeginRun("test", 1, T0);
        var g = new IncidentGrouper(new IncidentOptions());
        Alert a = Crossing(1, 1, 31.70, 69.20, T0);
        Alert b = Crossing(2, 2, 31.71, 69.21, T0.AddMinutes(1));
        g.Add(a);
        store.SaveAlerts(run, [a]);
        store.SaveIncidents(run, g.Incidents);
        g.Add(b);
        store.SaveAlerts(run, [b]);
        store.SaveIncidents(run, g.Incidents);

        Incident got = Assert.Single(store.LoadIncidents(run));
        Assert.Equal(2, got.DroneCount);
        Assert.Equal([a.Id, b.Id], got.AlertIds);
    }

    [Fact]
    public void Runs_AreKeptApart()
    {
        using SqliteStore store = SqliteStore.Open(DbPath);
        RunId first = store.BeginRun("a", 1, T0);
        RunId second = store.BeginRun("b", 2, T0.AddHours(1));
        store.SaveAlerts(first, [Crossing(1, 1, 31.70, 69.20, T0)]);
        Assert.Single(store.LoadAlerts(first));
        Assert.Empty(store.LoadAlerts(second));
        Assert.True(second.Value > first.Value);
    }

    [Fact]
    public void Open_NewerSchema_IsRefused()
    {
        using (SqliteStore.Open(DbPath))
        {
        }

        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(DbPath));
        Assert.Contains("99", e.Message);
    }
}
