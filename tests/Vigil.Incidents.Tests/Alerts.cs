using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents.Tests;

internal static class Alerts
{
    public static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    public static Alert Crossing(int id, int track, double lat, double lon, DateTimeOffset time, string sector = "Zhob",
        string border = "AF-PK") => new()
        {
            Id = new AlertId(id),
            Kind = AlertKind.BorderCrossing,
            Time = time,
            RaisedAt = time.AddSeconds(12),
            TrackId = new TrackId(track),
            TrackIds = [new TrackId(track)],
            Position = new GeoPoint(lat, lon, 1800),
            Border = border,
            From = "AF",
            To = "PK",
            Sector = sector,
            Province = "Balochistan",
            Classification = ObjectClass.Drone,
            Probability = 0.93,
        };
}
