using Vigil.Alerts;
using Vigil.Core;
using static Vigil.Incidents.Tests.Alerts;

namespace Vigil.Incidents.Tests;

public class IncidentGrouperTest
{
    [Fact]
    public void Add_CloseInTimeAndPlace_FormOneIncident()
    {
        var g = new IncidentGrouper(new IncidentOptions());
        g.Add(Crossing(1, 1, 31.70, 69.20, T0));
        g.Add(Crossing(2, 2, 31.72, 69.22, T0.AddMinutes(2)));
        Incident i = g.Add(Crossing(3, 3, 31.75, 69.25, T0.AddMinutes(5), sector: "Killa Saifullah"));

        Incident only = Assert.Single(g.Incidents);
        Assert.Equal(i, only, IncidentComparer);
        Assert.Equal(3, only.DroneCount);
        Assert.Equal("Zhob", only.Sector);
        Assert.Equal("Balochistan", only.Province);
        Assert.Equal(T0, only.Start);
        Assert.Equal(T0.AddMinutes(5), only.End);
        Assert.Equal([new AlertId(1), new AlertId(2), new AlertId(3)], only.AlertIds);
        Assert.Equal(31.7233, only.Position.LatitudeDeg, 3);
    }

    [Fact]
    public void Add_FarApart_FormTwoIncidents()
    {
        var g = new IncidentGrouper(new IncidentOptions());
        g.Add(Crossing(1, 1, 31.70, 69.20, T0));
        g.Add(Crossing(2, 2, 34.83, 71.26, T0.AddMinutes(3), sector: "Bajaur"));
        Assert.Equal(2, g.Incidents.Count);
        Assert.Equal(["Zhob", "Bajaur"], g.Incidents.Select(i => i.Sector));
    }

    [Fact]
    public void Add_SamePlaceHoursLater_OpensANewIncident()
    {
        var g = new IncidentGrouper(new IncidentOptions());
        g.Add(Crossing(1, 1, 31.70, 69.20, T0));
        g.Add(Crossing(2, 2, 31.70, 69.20, T0.AddHours(2)));
        Assert.Equal(2, g.Incidents.Count);
    }

    [Fact]
    public void Add_SwarmAlert_JoinsItsMembersIncidentWithoutCountingTwice()
    {
        var g = new IncidentGrouper(new IncidentOptions());
        Alert a = Crossing(1, 1, 31.70, 69.20, T0);
        Alert b = Crossing(2, 2, 31.71, 69.21, T0.AddMinutes(1));
        Alert c = Crossing(3, 3, 31.72, 69.22, T0.AddMinutes(2));
        g.Add(a);
        g.Add(b);
        g.Add(c);
        Alert swarm = c with
        {
            Id = new AlertId(4),
            Kind = AlertKind.Swarm,
            TrackIds = [new TrackId(1), new TrackId(2), new TrackId(3)],
            RelatedAlertIds = [a.Id, b.Id, c.Id],
            Position = new GeoPoint(45, 60), // far away: only the related ids can place it
        };
        g.Add(swarm);

        Incident only = Assert.Single(g.Incidents);
        Assert.Equal(3, only.DroneCount);
        Assert.Equal(4, only.AlertIds.Count);
        Assert.Equal(31.71, only.Position.LatitudeDeg, 6);
    }

    private static readonly EqualityComparer<Incident> IncidentComparer = EqualityComparer<Incident>.Create(
        (x, y) => x!.Id == y!.Id && x.AlertIds.SequenceEqual(y.AlertIds) && x.Start == y.Start && x.End == y.End);
}
