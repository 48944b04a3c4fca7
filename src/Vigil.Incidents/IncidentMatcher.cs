using Vigil.Geo;

namespace Vigil.Incidents;

/// <summary>
/// Decides whether a newly seen event — a sensor incident, a report's candidate event, an imported
/// row, each as a draft <see cref="IncidentRecord"/> — is an incident already on record. All must agree:
/// <list type="bullet">
/// <item><b>type</b>: the same sub-type, or both drone events (an incursion and a drone strike are
/// often the same flight told by two sides);</item>
/// <item><b>time</b>: their periods overlap once each is widened by its precision (a day by one day
/// either side, for night-time events reported in local time; a week by seven days; a month by
/// thirty-one; an unknown date by thirty days);</item>
/// <item><b>place</b>: the same country (an event whose place is unknown matches nothing), and then the same district, or the
/// same province where either knows no district, or points within <see cref="MaxDistanceKm"/>.</item>
/// </list>
/// Of several, the closest in time, then in distance, then the oldest record wins; none means the
/// draft opens a new incident.
/// </summary>
public static class IncidentMatcher
{
    /// <summary>How far apart two points may lie and still be one incident.</summary>
    public const double MaxDistanceKm = 60;

    /// <summary>The record <paramref name="draft"/> is about, or null.</summary>
    public static IncidentRecord? Find(IncidentRecord draft, IEnumerable<IncidentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(records);
        IncidentRecord? best = null;
        (TimeSpan Gap, double Km, int Id) bestKey = (TimeSpan.MaxValue, double.MaxValue, int.MaxValue);
        foreach (IncidentRecord r in records)
        {
            if (!SameKind(draft.SubType, r.SubType) || Gap(draft, r) is not { } gap || Distance(draft.Location, r.Location) is not { } km)
            {
                continue;
            }

            if ((gap, km, r.Id.Value).CompareTo(bestKey) < 0)
            {
                (best, bestKey) = (r, (gap, km, r.Id.Value));
            }
        }

        return best;
    }

    private static bool SameKind(EventSubType a, EventSubType b) =>
        a == b || (IsDrone(a) && IsDrone(b));

    private static bool IsDrone(EventSubType t) => t is EventSubType.DroneIncursion or EventSubType.AirDroneStrike;

    /// <summary>How far apart the two periods are (zero when they overlap), or null when too far for their precision.</summary>
    private static TimeSpan? Gap(IncidentRecord a, IncidentRecord b)
    {
        TimeSpan gap = a.End < b.Start ? b.Start - a.End : b.End < a.Start ? a.Start - b.End : TimeSpan.Zero;
        return gap <= Slack(a.TimePrecision) + Slack(b.TimePrecision) ? gap : null;
    }

    private static TimeSpan Slack(DatePrecision p) => p switch
    {
        DatePrecision.Day => TimeSpan.FromDays(1),
        DatePrecision.Week => TimeSpan.FromDays(7),
        DatePrecision.Month => TimeSpan.FromDays(31),
        _ => TimeSpan.FromDays(30),
    };

    /// <summary>The distance between the two places in km (0 when they are the same area), or null when they are not the same place.</summary>
    private static double? Distance(IncidentLocation a, IncidentLocation b)
    {
        if (a.Country is null || !string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        double km = a.Point is { } p && b.Point is { } q ? Geodesic.Inverse(p, q).Distance.Meters / 1000 : double.MaxValue;
        bool sameDistrict = Same(a.Admin2, b.Admin2);
        bool sameProvince = Same(a.Admin1, b.Admin1) && (a.Admin2 is null || b.Admin2 is null);
        if (sameDistrict || sameProvince)
        {
            return km == double.MaxValue ? 0 : km;
        }

        return km <= MaxDistanceKm ? km : null;
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
