using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>Turns validated SAPIENT messages into <see cref="SapientEvent"/>s, normalising units.</summary>
public static class SapientEvents
{
    /// <summary>
    /// The event for <paramref name="message"/> (a validated StatusReport, DetectionReport or Alert); null for content
    /// that carries no event (acknowledgements, tasks, errors, registration). False with a reason when the content
    /// cannot be expressed (e.g. a UTM position, which this version does not convert).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static bool TryCreate(SapientMessage message, DateTimeOffset receivedAt, out SapientEvent? result, out string reason)
    {
        ArgumentNullException.ThrowIfNull(message);
        result = null;
        reason = string.Empty;
        if (!SapientIds.IsUuid(message.NodeId) || message.Timestamp is null)
        {
            reason = "not a validated message";
            return false;
        }

        var node = new SensorId(message.NodeId);
        var at = message.Timestamp.ToDateTimeOffset();
        switch (message.ContentCase)
        {
            case SapientMessage.ContentOneofCase.StatusReport:
                var s = message.StatusReport;
                var entries = s.Status.Select(e => new SapientStatusEntry(e.StatusType, e.StatusLevel, e.StatusValue)).ToArray();
                result = new SapientHealthEvent(node, at, receivedAt, SapientHealth.Classify(s), s.System, s.Mode, entries);
                return true;
            case SapientMessage.ContentOneofCase.DetectionReport:
                var d = message.DetectionReport;
                var position = d.LocationOneofCase == DetectionReport.LocationOneofOneofCase.Location
                    ? FromLocation(d.Location, out reason)
                    : FromRangeBearing(d.RangeBearing, out reason);
                if (position is null)
                {
                    return false;
                }

                var best = d.Classification.MaxBy(c => c.HasConfidence ? c.Confidence : -1f);
                result = new SapientDetectionEvent(
                    node, at, receivedAt, d.ReportId, d.ObjectId, position, Velocity(d), best?.Type,
                    best is { HasConfidence: true } ? best.Confidence : null,
                    d.HasDetectionConfidence ? d.DetectionConfidence : null);
                return true;
            case SapientMessage.ContentOneofCase.Alert:
                var a = message.Alert;
                SapientPosition? where = a.LocationOneofCase switch
                {
                    Alert.LocationOneofOneofCase.Location => FromLocation(a.Location, out reason),
                    Alert.LocationOneofOneofCase.RangeBearing => FromRangeBearing(a.RangeBearing, out reason),
                    _ => null,
                };
                if (where is null && a.LocationOneofCase != Alert.LocationOneofOneofCase.None)
                {
                    return false;
                }

                result = new SapientAlertEvent(node, at, receivedAt, a.AlertId, a.AlertType, a.Status, a.Priority, a.Description, where);
                return true;
            default:
                return true;
        }
    }

    private static SapientPosition? FromLocation(Location l, out string reason)
    {
        reason = string.Empty;
        double lat = l.Y;
        double lon = l.X;
        switch (l.CoordinateSystem)
        {
            case LocationCoordinateSystem.LatLngDegM:
                break;
            case LocationCoordinateSystem.LatLngRadM:
                lat *= 180 / Math.PI;
                lon *= 180 / Math.PI;
                break;
            default:
                reason = $"location coordinate system {l.CoordinateSystem} is not supported";
                return null;
        }

        if (!(lat is >= -90 and <= 90 && lon is >= -180 and <= 180) || (l.HasZ && !double.IsFinite(l.Z)))
        {
            reason = "location outside latitude/longitude range";
            return null;
        }

        return new SapientPosition(
            new GeoPoint(lat, lon, l.HasZ ? l.Z : 0), l.Datum == LocationDatum.Wgs84G,
            l.HasXError ? l.XError : null, l.HasYError ? l.YError : null, l.HasZError ? l.ZError : null,
            null, null, null, RangeBearingDatum.Unspecified);
    }

    private static SapientPosition? FromRangeBearing(RangeBearing r, out string reason)
    {
        reason = string.Empty;
        bool radians = r.CoordinateSystem is RangeBearingCoordinateSystem.RadiansM or RangeBearingCoordinateSystem.RadiansKm;
        bool km = r.CoordinateSystem is RangeBearingCoordinateSystem.DegreesKm or RangeBearingCoordinateSystem.RadiansKm;
        if (!r.HasAzimuth || !double.IsFinite(r.Azimuth))
        {
            reason = "range-bearing without an azimuth";
            return null;
        }

        double angle = radians ? 180 / Math.PI : 1;
        Distance? range = r.HasRange && double.IsFinite(r.Range) ? (km ? Distance.FromKilometers(r.Range) : Distance.FromMeters(r.Range)) : null;
        return new SapientPosition(
            null, false, null, null, null, r.Azimuth * angle, r.HasElevation ? r.Elevation * angle : null, range, r.Datum);
    }

    private static SapientVelocity? Velocity(DetectionReport d)
    {
        if (d.VelocityOneofCase != DetectionReport.VelocityOneofOneofCase.EnuVelocity)
        {
            return null;
        }

        // Units come from the node's registration; m/s is the standard's first choice and assumed here.
        var v = d.EnuVelocity;
        return new SapientVelocity(v.EastRate, v.NorthRate, v.HasUpRate ? v.UpRate : null);
    }
}
