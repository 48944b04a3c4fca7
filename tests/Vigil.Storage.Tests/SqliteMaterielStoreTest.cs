using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Core;
using Vigil.Incidents;

namespace Vigil.Storage.Tests;

public sealed class SqliteMaterielStoreTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 6, 15, 0, TimeSpan.Zero);
    private static readonly EvidenceId Photo1 = EvidenceId.Of(Encoding.UTF8.GetBytes("photo 1"));
    private static readonly EvidenceId Photo2 = EvidenceId.Of(Encoding.UTF8.GetBytes("photo 2"));
    private static readonly EvidenceId Invoice = EvidenceId.Of(Encoding.UTF8.GetBytes("invoice"));
    private static readonly EvidenceId TraceReply = EvidenceId.Of(Encoding.UTF8.GetBytes("manufacturer's reply"));

    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-materiel-").FullName;

    private string Db => Path.Combine(_dir, "vigil.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static MaterielItem Drone(int id, int? incident) => new()
    {
        Id = new MaterielId(id),
        What = "quadcopter, two arms missing, release mechanism under the frame",
        Place = new GeoPoint(34.7712345, 71.5123456, 612.5),
        RecoveredAt = T0.AddTicks(1234567),
        Incident = incident is int i ? new IncidentId(i) : null,
        Components =
        [
            new Component
            {
                Make = "u-blox",
                Model = "M10",
                Serial = "M10-0042-7781",
                Markings = "date code 2541",
                Category = DualUseCategory.GnssModule,
                Photos = [Photo1, Photo2],
                Trace =
                [
                    new TraceStep(Party.Organisation("Maker Ltd"), Party.Organisation("Distributor GmbH"), TraceRole.Manufacturer, new DateOnly(2025, 3, 4), TraceReply),
                    new TraceStep(Party.Organisation("Distributor GmbH"), Party.Organisation("Shop FZE"), TraceRole.Distributor, new DateOnly(2025, 5, 20), Invoice),
                    new TraceStep(Party.Organisation("Shop FZE"), Party.Organisation("unknown buyer"), TraceRole.Reseller, new DateOnly(2025, 9, 1), Invoice),
                ],
            },
            new Component { Make = "unknown", Model = "4S 5200 mAh", Category = DualUseCategory.Battery },
            new Component { Make = "improvised", Model = "40 mm grenade adapter", Category = DualUseCategory.WarheadPayload, Photos = [Photo2] },
        ],
    };

    private static void AssertSame(MaterielItem want, MaterielItem got)
    {
        Assert.Equal(want with { Components = [] }, got with { Components = [] });
        Assert.Equal(want.Components.Count, got.Components.Count);
        for (int c = 0; c < want.Components.Count; c++)
        {
            Component w = want.Components[c], g = got.Components[c];
            Assert.Equal(w with { Photos = [], Trace = [] }, g with { Photos = [], Trace = [] });
            Assert.Equal(w.Photos, g.Photos);
            Assert.Equal(w.Trace, g.Trace);
        }
    }

    [Fact]
    public void SaveAndLoad_ItemComponentsPhotosTrace_RoundTripExactly()
    {
        MaterielItem drone = Drone(1, 3);
        using (var store = SqliteMaterielStore.Open(Db))
        {
            store.Save(drone);
            store.Save(Drone(2, null) with { Components = [] });
        }

        using (var store = SqliteMaterielStore.Open(Db))
        {
            Assert.True(store.TryLoad(new MaterielId(1), out MaterielItem? loaded));
            AssertSame(drone, loaded);
            Assert.Null(store.LoadAll()[1].Incident);
            Assert.Empty(store.LoadAll()[1].Components);
            Assert.Equal([new MaterielId(1), new MaterielId(2)], store.LoadAll().Select(m => m.Id));
            Assert.False(store.TryLoad(new MaterielId(9), out _));
        }
    }

    [Fact]
    public void Save_Again_ReplacesEarlierVersion()
    {
        using var store = SqliteMaterielStore.Open(Db);
        MaterielItem drone = Drone(1, 3);
        store.Save(drone);
        MaterielItem revised = drone with { What = "quadcopter", Components = [drone.Components[2]] };
        store.Save(revised);
        Assert.True(store.TryLoad(revised.Id, out MaterielItem? loaded));
        AssertSame(revised, loaded);
    }

    [Fact]
    public void ForIncident_ReturnsLinkedItemsOnly()
    {
        using var store = SqliteMaterielStore.Open(Db);
        store.Save(Drone(1, 3));
        store.Save(Drone(2, 4));
        store.Save(Drone(3, 3));
        store.Save(Drone(4, null));
        Assert.Equal([new MaterielId(1), new MaterielId(3)], store.ForIncident(new IncidentId(3)).Select(m => m.Id));
    }

    [Fact]
    public void Open_SameFileAsEvidence_BothWork()
    {
        using var evidence = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        using var materiel = SqliteMaterielStore.Open(Db);
        EvidenceId photo = evidence.Collect(Encoding.UTF8.GetBytes("photo 1"), EvidenceOrigin.Device("camera 1"), "image/jpeg", "field team").Id;
        Assert.Equal(Photo1, photo);
        materiel.Save(Drone(1, 3));
        Assert.True(materiel.TryLoad(new MaterielId(1), out MaterielItem? loaded));
        Assert.Equal(photo, loaded.Components[0].Photos[0]);
    }

    [Fact]
    public void Save_ComponentWithoutModel_RefusedAndNothingStored()
    {
        using var store = SqliteMaterielStore.Open(Db);
        MaterielItem bad = Drone(1, 3) with { Components = [new Component { Make = "u-blox", Model = " ", Category = DualUseCategory.GnssModule }] };
        ArgumentException e = Assert.Throws<ArgumentException>(() => store.Save(bad));
        Assert.Contains("Component 0 of materiel M0001", e.Message, StringComparison.Ordinal);
        Assert.Empty(store.LoadAll());
    }

    [Fact]
    public void Save_DefaultParty_Refused()
    {
        using var store = SqliteMaterielStore.Open(Db);
        var step = new TraceStep(default, Party.Organisation("Shop FZE"), TraceRole.Reseller, new DateOnly(2025, 9, 1), Invoice);
        MaterielItem bad = Drone(1, 3) with { Components = [new Component { Make = "x", Model = "y", Category = DualUseCategory.Other, Trace = [step] }] };
        Assert.Throws<ArgumentException>(() => store.Save(bad));
    }
}
