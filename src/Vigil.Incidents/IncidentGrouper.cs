using Vigil.Alerts;
using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Incidents;

/// <summary>
/// Groups alerts into incidents: an alert joins the incident on the same border whose latest alert
/// is within <see cref="IncidentOptions.JoinWindow"/> and one of whose alerts lies within
/// <see cref="IncidentOptions.JoinRadiusM"/>; a swarm alert joins the incident of its member
/// crossings. Otherwise it opens a new incident. Not thread-safe.
/// </summary>
public sealed class IncidentGrouper
{
    private readonly IncidentOptions _options;
    private readonly List<Group> _groups = [];
    private readonly Dictionary<AlertId, Group> _byAlert = [];

    /// <summary>Creates a grouper.</summary>
    public IncidentGrouper(IncidentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The incidents so far, in the order they were opened.</summary>
    public IReadOnlyList<Incident> Incidents => _groups.ConvertAll(g => g.Snapshot());

    /// <summary>Adds an alert; returns the incident it now belongs to.</summary>
    public Incident Add(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        Group group = FindGroup(alert) ?? Open();
        group.Alerts.Add(alert);
        _byAlert[alert.Id] = group;
        return group.Snapshot();
    }

    private Group Open()
    {
        var group = new Group(new IncidentId(_groups.Count + 1));
        _groups.Add(group);
        return group;
    }

    private Group? FindGroup(Alert alert)
    {
        foreach (AlertId related in alert.RelatedAlertIds)
        {
            if (_byAlert.TryGetValue(related, out Group? g))
            {
                return g;
            }
        }

        foreach (Group group in _groups)
        {
            Alert latest = group.Alerts[^1];
            if (latest.Border != alert.Border || (alert.Time - latest.Time).Duration() > _options.JoinWindow)
            {
                continue;
            }

            foreach (Alert member in group.Alerts)
            {
                if (SurfaceDistanceM(member.Position, alert.Position) <= _options.JoinRadiusM)
                {
                    return group;
                }
            }
        }

        return null;
    }

    private static double SurfaceDistanceM(GeoPoint a, GeoPoint b) => Geodesic.Inverse(a, b).Distance.Meters;

    private sealed class Group(IncidentId id)
    {
        public IncidentId Id { get; } = id;

        public List<Alert> Alerts { get; } = [];

        public Incident Snapshot()
        {
            var crossings = Alerts.FindAll(a => a.Kind == AlertKind.BorderCrossing);
            List<Alert> located = crossings.Count > 0 ? crossings : Alerts;
            double lat = 0, lon = 0, alt = 0;
            DateTimeOffset start = DateTimeOffset.MaxValue, end = DateTimeOffset.MinValue;
            var drones = new List<TrackId>();
            foreach (Alert a in located)
            {
                lat += a.Position.LatitudeDeg;
                lon += a.Position.LongitudeDeg;
                alt += a.Position.AltitudeM;
            }

            foreach (Alert a in Alerts)
            {
                start = a.Time < start ? a.Time : start;
                end = a.Time > end ? a.Time : end;
                foreach (TrackId t in a.TrackIds)
                {
                    if (!drones.Contains(t))
                    {
                        drones.Add(t);
                    }
                }
            }

            Alert first = located[0];
            return new Incident
            {
                Id = Id,
                Start = start,
                End = end,
                Position = new GeoPoint(lat / located.Count, lon / located.Count, alt / located.Count),
                Sector = MostCommon(located, a => a.Sector) ?? first.Sector,
                Province = MostCommon(located, a => a.Province),
                Border = first.Border,
                From = first.From,
                To = first.To,
                AlertIds = Alerts.ConvertAll(a => a.Id),
                DroneTrackIds = drones,
            };
        }

        private static string? MostCommon(List<Alert> alerts, Func<Alert, string?> key)
        {
            string? best = null;
            int bestCount = 0;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Alert a in alerts)
            {
                string? k = key(a);
                if (k is null)
                {
                    continue;
                }

                int n = counts[k] = counts.GetValueOrDefault(k) + 1;
                if (n > bestCount)
                {
                    best = k;
                    bestCount = n;
                }
            }

            return best;
        }
    }
}
