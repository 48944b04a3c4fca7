using Vigil.Geo;
using Vigil.Incidents;

namespace Vigil.Osint;

/// <summary>
/// Joins what reports say to the incidents Vigil recorded. A candidate event belongs to an incident
/// when all three agree:
/// <list type="bullet">
/// <item><b>type</b>: a drone incursion or drone strike (the sensors' incidents are drone crossings);</item>
/// <item><b>time</b>: the event's date, widened by its precision (a day: the incident's days ±1, for
/// night-time events reported in local time; a week: ±7 days; a month: the same month), overlaps the
/// incident's days;</item>
/// <item><b>place</b>: the event's district is the incident's sector, or its province the incident's
/// province, or its point lies within <see cref="MaxDistanceKm"/> of the incident.</item>
/// </list>
/// Of several, the closest in time, then in distance, wins; none means the event opens a new incident.
/// </summary>
public static class IncidentLinker
{
    /// <summary>How far a reported place may lie from an incident's crossings and still be it.</summary>
    public const double MaxDistanceKm = 60;

    /// <summary>The incident <paramref name="candidate"/> reports on, or null.</summary>
    public static Incident? Find(CandidateEvent candidate, IReadOnlyList<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(incidents);
        if (candidate.SubType is not (EventSubType.DroneIncursion or EventSubType.AirDroneStrike)
            || candidate is not { Date: { } date, Place: { } place })
        {
            return null;
        }

        int slackDays = candidate.DatePrecision switch
        {
            DatePrecision.Day => 1,
            DatePrecision.Week => 7,
            DatePrecision.Month => 31,
            _ => -1,
        };
        if (slackDays < 0)
        {
            return null;
        }

        Incident? best = null;
        (int Days, double Km) bestGap = (int.MaxValue, double.MaxValue);
        foreach (Incident incident in incidents)
        {
            DateOnly first = DateOnly.FromDateTime(incident.Start.UtcDateTime), last = DateOnly.FromDateTime(incident.End.UtcDateTime);
            int days = date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
            bool sameMonth = candidate.DatePrecision == DatePrecision.Month && date.Year == first.Year && date.Month == first.Month;
            double km = place.Point is { } point ? Geodesic.Inverse(point, incident.Position).Distance.Meters / 1000 : double.MaxValue;
            bool samePlace = Same(place.Admin2, incident.Sector) || Same(place.Admin1, incident.Province) || km <= MaxDistanceKm;
            if ((days <= slackDays || sameMonth) && samePlace && (days, km).CompareTo(bestGap) < 0)
            {
                (best, bestGap) = (incident, (days, km));
            }
        }

        return best;
    }

    /// <summary>
    /// The claims of <paramref name="candidate"/> as the incident record keeps them, numbered from
    /// <paramref name="firstId"/> and dated at publication: a party to the fighting speaks as an official
    /// side; an unnamed source, an outlet or a witness as what it is.
    /// </summary>
    public static IReadOnlyList<Vigil.Incidents.Claim> Claims(CandidateEvent candidate, DateOnly published, int firstId)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var claims = new List<Vigil.Incidents.Claim>(candidate.Claims.Count);
        foreach (Claim c in candidate.Claims)
        {
            (Party party, SpeakerKind speaker) = Speaker(c.Party);
            claims.Add(new Vigil.Incidents.Claim
            {
                Id = new ClaimId(firstId + claims.Count),
                Party = party,
                Speaker = speaker,
                At = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Stance = c.Stance switch
                {
                    ClaimStance.Asserts => Stance.Asserts,
                    ClaimStance.Denies => Stance.Denies,
                    ClaimStance.Confirms => Stance.Confirms,
                    _ => Stance.Retracts,
                },
                Statement = c.Statement,
            });
        }

        return claims;
    }

    private static (Party, SpeakerKind) Speaker(string name) => name switch
    {
        _ when ActorLexicon.IsActor(name) => (Party.Side(name), SpeakerKind.Official),
        _ when name.StartsWith("unnamed", StringComparison.Ordinal) => (Party.Organisation(name), SpeakerKind.UnnamedSource),
        _ when name.Contains("media", StringComparison.Ordinal) || name.Contains("news", StringComparison.Ordinal) => (Party.Outlet(name), SpeakerKind.Outlet),
        _ => (Party.Organisation(name), SpeakerKind.Witness),
    };

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
