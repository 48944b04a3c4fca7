using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core;
using Vigil.Incidents;
using Vigil.Ledger.Log;

namespace Vigil.Storage.Tests;

public sealed class SqliteIncidentStoreTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 5, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-incidents-").FullName;

    private string Db => Path.Combine(_dir, "vigil.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static IncidentRecord Draft() => new()
    {
        Id = default,
        Version = 0,
        UpdatedAt = T0,
        SubType = EventSubType.DroneIncursion,
        Start = T0,
        End = T0.AddMinutes(3),
        TimePrecision = DatePrecision.Day,
        Location = new IncidentLocation { Precision = PlacePrecision.Point, Point = new GeoPoint(31.8, 69.16), Country = "PK", Admin1 = "Balochistan", Admin2 = "Zhob", Name = "Zhob" },
    };

    [Fact]
    public void Save_NumbersNewRecords_KeepsEveryVersion_AndReopens()
    {
        using (SqliteIncidentStore store = SqliteIncidentStore.Open(Db))
        {
            IncidentRecord first = store.Save(Draft(), "opened from run 1", "vigil demo");
            IncidentRecord second = store.Save(Draft(), "opened from run 1", "vigil demo");
            store.Save(first with { Version = 2, Status = IncidentStatus.Closed }, "status closed", "facilitator");
            Assert.Equal((1, 1, 2), (first.Id.Value, first.Version, second.Id.Value));
        }

        using SqliteIncidentStore reopened = SqliteIncidentStore.Open(Db);
        Assert.Equal([IncidentStatus.Closed, IncidentStatus.Open], reopened.Current().Select(r => r.Status));
        Assert.Equal(["opened from run 1", "status closed"], reopened.History(new IncidentRecordId(1)).Select(v => v.Change));
        Assert.Null(reopened.Get(new IncidentRecordId(3)));
    }

    [Fact]
    public void Save_NotTheNextVersion_Refuses()
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(Db);
        IncidentRecord r = store.Save(Draft(), "opened", "a");
        store.Save(r with { Version = 2 }, "changed", "a");
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => store.Save(r with { Version = 2 }, "changed too", "b"));
        Assert.Equal("INC-0001 is at version 2; got version 2, want 3.", e.Message);
        Assert.Throws<InvalidOperationException>(() => store.Save(r with { Id = new IncidentRecordId(9), Version = 2 }, "changed", "a"));
    }

    [Fact]
    public void Versions_AreAppendOnly()
    {
        using (SqliteIncidentStore store = SqliteIncidentStore.Open(Db))
        {
            store.Save(Draft(), "opened", "a");
        }

        using var connection = new SqliteConnection($"Data Source={Db}");
        connection.Open();
        foreach (string sql in new[] { "UPDATE incident_versions SET record = '{}';", "DELETE FROM incident_versions;", "DELETE FROM incident_log_queue;", "UPDATE incident_log_queue SET entry = x'00';" })
        {
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
        }
    }

    [Fact]
    public void AppendPending_AppendsEachVersionOnceInOrder_AsCanonicalEntries()
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(Db);
        using SqliteLog logStore = SqliteLog.Open(Db);
        using TransparencyLog log = TransparencyLog.Open(logStore);
        IncidentRecord r = store.Save(Draft(), "opened from run 1", "vigil demo");
        store.Save(r with { Version = 2, Description = "Four drones." }, "described", "analyst");

        Assert.Equal(2, store.AppendPending(log));
        Assert.Equal(0, store.AppendPending(log));
        Assert.Equal([0L, 1L], store.History(r.Id).Select(v => v.LogIndex!.Value));
        using JsonDocument entry = JsonDocument.Parse(logStore.Leaf(1));
        Assert.Equal(("incident-record", "described", "analyst", 2), (
            entry.RootElement.GetProperty("type").GetString(), entry.RootElement.GetProperty("change").GetString(),
            entry.RootElement.GetProperty("by").GetString(), entry.RootElement.GetProperty("incident").GetProperty("version").GetInt32()));
        Assert.Equal(SqliteIncidentStore.LogEntry(store.Get(r.Id)!, "described", "analyst"), logStore.Leaf(1));
    }

    [Fact]
    public void AddReport_SameFingerprint_KeepsTheFirst()
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(Db);
        (StoredReport a, bool aNew) = store.AddReport("Text.", new DateOnly(2026, 7, 1), "Frontier Desk", "ab12", "{\"events\": []}", "analyst", T0);
        (StoredReport b, bool bNew) = store.AddReport("TEXT.", new DateOnly(2026, 7, 2), "Other", "ab12", "{\"events\": []}", "analyst", T0);
        Assert.Equal((true, false, a.Reference), (aNew, bNew, b.Reference));
        Assert.Equal("Frontier Desk", store.Report(new ReportId(1))!.Reference.Source);
        Assert.Equal(Encoding.UTF8.GetBytes("Text."), Encoding.UTF8.GetBytes(store.FindReport("ab12")!.Text));
    }
}
