using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking;

namespace Vigil.Alerts;

/// <summary>
/// The alert rules over a stream of track updates.
/// <list type="bullet">
/// <item><c>border-crossing</c>: a track's estimated path crosses a border line, stays across
/// (it travels <see cref="AlertOptions.CommitDistanceM"/> or <see cref="AlertOptions.CommitTime"/>
/// passes without crossing back, which rejects jitter along the line), and the track is confirmed
/// and most likely a drone. A crossing seen while the track was still tentative or not yet
/// classified waits, and is alerted with its original time once the track qualifies.</item>
/// <item><c>swarm</c>: a crossing alert that brings the number of distinct drone tracks that
/// crossed within <see cref="AlertOptions.SwarmRadiusM"/> and <see cref="AlertOptions.SwarmWindow"/>
/// of it to <see cref="AlertOptions.SwarmMinimumTracks"/>. A group raises one swarm alert; later
/// crossings near it join it silently.</item>
/// </list>
/// Birds and aircraft raise nothing. Not thread-safe: one engine per pipeline.
/// </summary>
public sealed class AlertEngine
{
    private readonly BorderAtlas _atlas;
    private readonly AlertOptions _options;
    private readonly Dictionary<TrackId, TrackHistory> _tracks = [];
    private readonly HashSet<TrackId> _exempt = [];
    private readonly List<BorderCrossing> _scratch = [];
    private readonly List<Alert> _recentCrossings = [];
    private readonly List<SwarmGroup> _swarms = [];
    private int _nextId = 1;

    /// <summary>Creates an engine over the given borders.</summary>
    public AlertEngine(BorderAtlas atlas, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        ArgumentNullException.ThrowIfNull(options);
        _atlas = atlas;
        _options = options;
    }

    /// <summary>
    /// From now on <paramref name="track"/> raises no alert (a registered drone that identified itself):
    /// its crossings, those pending included, are dropped, so it never counts toward a swarm either.
    /// </summary>
    public void Exempt(TrackId track) => _exempt.Add(track);

    /// <summary>Applies one track update; appends any alerts it raises to <paramref name="raised"/>.</summary>
    public void Observe(in TrackUpdate update, List<Alert> raised)
    {
        ArgumentNullException.ThrowIfNull(raised);
        if (update.Status == TrackStatus.Deleted)
        {
            _tracks.Remove(update.Id);
            return;
        }

        if (!_tracks.TryGetValue(update.Id, out TrackHistory? history))
        {
            _tracks[update.Id] = new TrackHistory(update.Position, update.At);
            return;
        }

        _scratch.Clear();
        _atlas.FindCrossings(history.LastPosition, history.LastAt, update.Position, update.At, _scratch);
        foreach (BorderCrossing crossing in _scratch)
        {
            history.AddCrossing(crossing);
        }

        history.LastPosition = update.Position;
        history.LastAt = update.At;
        history.Commit(update.Position, update.At, _options);

        if (_exempt.Contains(update.Id))
        {
            history.Forget(history.CommittedCount());
            return;
        }

        bool qualifies = update.Status == TrackStatus.Confirmed
            && update.Classification.MostLikely == ObjectClass.Drone
            && update.Classification.Drone >= _options.MinimumDroneProbability;
        if (!qualifies)
        {
            return;
        }

        int ready = history.CommittedCount();
        for (int i = 0; i < ready; i++)
        {
            Alert alert = CrossingAlert(update, history.Pending(i));
            raised.Add(alert);
            CheckSwarm(alert, raised);
        }

        history.Forget(ready);
    }

    private Alert CrossingAlert(in TrackUpdate update, in BorderCrossing crossing) => new()
    {
        Id = new AlertId(_nextId++),
        Kind = AlertKind.BorderCrossing,
        Time = crossing.At,
        RaisedAt = update.At,
        TrackId = update.Id,
        TrackIds = [update.Id],
        Position = crossing.Point,
        Border = crossing.Border.Code,
        From = crossing.FromCountry,
        To = crossing.ToCountry,
        Sector = crossing.ToDistrict?.Name ?? crossing.ToProvince?.Name ?? crossing.ToCountry,
        Province = crossing.ToProvince?.Name,
        Classification = ObjectClass.Drone,
        Probability = update.Classification.Drone,
    };

    private void CheckSwarm(Alert crossing, List<Alert> raised)
    {
        _recentCrossings.RemoveAll(a => crossing.Time - a.Time > _options.SwarmWindow);
        _recentCrossings.Add(crossing);

        foreach (SwarmGroup swarm in _swarms)
        {
            if (crossing.Time - swarm.Alert.Time <= _options.SwarmWindow
                && ChordM(swarm.Alert.Position, crossing.Position) <= _options.SwarmRadiusM)
            {
                swarm.Members.Add(crossing.TrackId);
                return;
            }
        }

        var near = new List<Alert>();
        var tracks = new HashSet<TrackId>();
        foreach (Alert other in _recentCrossings)
        {
            if (Math.Abs((crossing.Time - other.Time).TotalSeconds) <= _options.SwarmWindow.TotalSeconds
                && ChordM(other.Position, crossing.Position) <= _options.SwarmRadiusM
                && tracks.Add(other.TrackId))
            {
                near.Add(other);
            }
        }

        if (tracks.Count < _options.SwarmMinimumTracks)
        {
            return;
        }

        double lat = 0, lon = 0, alt = 0;
        foreach (Alert a in near)
        {
            lat += a.Position.LatitudeDeg;
            lon += a.Position.LongitudeDeg;
            alt += a.Position.AltitudeM;
        }

        var swarmAlert = crossing with
        {
            Id = new AlertId(_nextId++),
            Kind = AlertKind.Swarm,
            TrackIds = [.. tracks],
            Position = new GeoPoint(lat / near.Count, lon / near.Count, alt / near.Count),
            Sector = MostCommonSector(near),
            Probability = MinProbability(near),
            RelatedAlertIds = near.ConvertAll(a => a.Id),
        };
        _swarms.Add(new SwarmGroup(swarmAlert, tracks));
        raised.Add(swarmAlert);
    }

    private static string MostCommonSector(List<Alert> alerts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string best = alerts[0].Sector;
        foreach (Alert a in alerts)
        {
            int n = counts[a.Sector] = counts.GetValueOrDefault(a.Sector) + 1;
            if (n > counts[best])
            {
                best = a.Sector;
            }
        }

        return best;
    }

    private static double MinProbability(List<Alert> alerts)
    {
        double p = 1;
        foreach (Alert a in alerts)
        {
            p = Math.Min(p, a.Probability);
        }

        return p;
    }

    /// <summary>Straight-line (chord) distance; equal to the surface distance to a millimetre below 10 km.</summary>
    internal static double ChordM(GeoPoint a, GeoPoint b)
    {
        Ecef ea = Wgs84.ToEcef(a.WithAltitude(0));
        Ecef eb = Wgs84.ToEcef(b.WithAltitude(0));
        double dx = ea.X - eb.X, dy = ea.Y - eb.Y, dz = ea.Z - eb.Z;
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }

    private sealed record SwarmGroup(Alert Alert, HashSet<TrackId> Members);

    /// <summary>What the engine remembers of one track: its last position and crossings not yet alerted.</summary>
    private sealed class TrackHistory(GeoPoint position, DateTimeOffset at)
    {
        private readonly List<PendingCrossing> _pending = [];

        public GeoPoint LastPosition { get; set; } = position;

        public DateTimeOffset LastAt { get; set; } = at;

        /// <summary>Adds a crossing, or cancels the last uncommitted one when this one undoes it.</summary>
        public void AddCrossing(in BorderCrossing crossing)
        {
            if (_pending.Count > 0)
            {
                PendingCrossing last = _pending[^1];
                if (!last.Committed
                    && last.Crossing.Border == crossing.Border
                    && last.Crossing.FromCountry == crossing.ToCountry
                    && last.Crossing.ToCountry == crossing.FromCountry)
                {
                    _pending.RemoveAt(_pending.Count - 1);
                    return;
                }
            }

            _pending.Add(new PendingCrossing(crossing));
        }

        public void Commit(GeoPoint position, DateTimeOffset at, AlertOptions options)
        {
            foreach (PendingCrossing p in _pending)
            {
                if (!p.Committed
                    && (at - p.Crossing.At >= options.CommitTime || ChordM(p.Crossing.Point, position) >= options.CommitDistanceM))
                {
                    p.Committed = true;
                }
            }
        }

        /// <summary>How many crossings, oldest first, are committed and can be alerted in order.</summary>
        public int CommittedCount()
        {
            int n = 0;
            while (n < _pending.Count && _pending[n].Committed)
            {
                n++;
            }

            return n;
        }

        public BorderCrossing Pending(int index) => _pending[index].Crossing;

        public void Forget(int count) => _pending.RemoveRange(0, count);
    }

    private sealed class PendingCrossing(BorderCrossing crossing)
    {
        public BorderCrossing Crossing { get; } = crossing;

        public bool Committed { get; set; }
    }
}
