using Microsoft.Data.Sqlite;
using Vigil.Core;
using Vigil.Incidents;

namespace Vigil.Storage.Tests;

public sealed class SqliteNotificationStoreTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 5, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-notifications-").FullName;

    private string Db => Path.Combine(_dir, "vigil.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static IncidentRecord Draft(string? border, params IncidentActor[] actors) => new()
    {
        Id = default,
        Version = 0,
        UpdatedAt = T0,
        SubType = EventSubType.DroneIncursion,
        Start = T0,
        End = T0.AddMinutes(3),
        TimePrecision = DatePrecision.Day,
        Location = new IncidentLocation { Precision = PlacePrecision.Point, Point = new GeoPoint(31.8, 69.16), Country = "PK" },
        Border = border,
        Actors = actors,
    };

    [Fact]
    public void Parties_BorderCountriesThenActorSides_EachOnce()
    {
        IncidentRecord r = Draft("AF-PK", new IncidentActor("Taliban", "AF", ActorKind.StateForces), new IncidentActor("Chinese workers", "CN", ActorKind.Civilians), new IncidentActor("smugglers", null, ActorKind.External));
        Assert.Equal(["AF", "PK", "CN"], IncidentDesk.Parties(r));
        Assert.Empty(IncidentDesk.Parties(Draft(null)));
    }

    [Fact]
    public void Open_NotifiesEveryPartyButTheOpeners_InTheSameTransaction()
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(Db);
        IncidentRecord opened = IncidentDesk.Open(store, Draft("AF-TJ", new IncidentActor("Chinese workers", "CN", ActorKind.Civilians)), "opened", "key k1 (liaison TJ)", "TJ");
        store.Save(opened with { Version = 2 }, "changed", "key k1 (liaison TJ)", ["AF"]);

        using SqliteNotificationStore notifications = SqliteNotificationStore.Open(Db);
        Assert.Equal(["AF", "CN"], notifications.List().Select(n => n.Party));
        Assert.All(notifications.List(), n => Assert.Equal((opened.Id, T0), (n.Incident, n.SentAt)));
        Assert.Equal(["CN"], notifications.List("CN").Select(n => n.Party));
    }

    [Fact]
    public void Acknowledge_Once_KeepsWhoAndWhen_TheSecondTimeChangesNothing()
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(Db);
        IncidentRecord opened = IncidentDesk.Open(store, Draft("AF-PK"), "opened", "vigil demo", null);
        using SqliteNotificationStore notifications = SqliteNotificationStore.Open(Db);
        NotificationId af = notifications.ForIncident(opened.Id).Single(n => n.Party == "AF").Id;

        (AcknowledgeOutcome first, Notification? acknowledged) = notifications.Acknowledge(af, "key k2 (liaison AF)", T0.AddSeconds(90));
        (AcknowledgeOutcome second, Notification? after) = notifications.Acknowledge(af, "key k3 (liaison AF)", T0.AddSeconds(200));

        Assert.Equal((AcknowledgeOutcome.Acknowledged, AcknowledgeOutcome.AlreadyAcknowledged), (first, second));
        Assert.Equal(90, acknowledged!.SecondsToAcknowledge);
        Assert.Equal(("key k2 (liaison AF)", 90.0), (after!.AcknowledgedBy, after.SecondsToAcknowledge!.Value));
        Assert.Equal(AcknowledgeOutcome.NotFound, notifications.Acknowledge(new NotificationId(99), "x", T0).Outcome);
    }

    [Theory]
    [InlineData("UPDATE notifications SET party = 'XX'")]
    [InlineData("DELETE FROM notifications")]
    [InlineData("UPDATE notification_acks SET at = '2026-01-01T00:00:00.0000000Z'")]
    [InlineData("DELETE FROM notification_acks")]
    public void Tables_AppendOnly_UpdateAndDeleteRefused(string sql)
    {
        using (SqliteIncidentStore store = SqliteIncidentStore.Open(Db))
        {
            IncidentRecord opened = IncidentDesk.Open(store, Draft("AF-PK"), "opened", "vigil demo", null);
            using SqliteNotificationStore notifications = SqliteNotificationStore.Open(Db);
            notifications.Acknowledge(notifications.ForIncident(opened.Id)[0].Id, "key k2 (liaison AF)", T0.AddSeconds(5));
        }

        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        SqliteException e = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
        Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
    }
}
