using System.Runtime.InteropServices;
using Vigil.Alerts;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Simulation;
using Vigil.Tracking;

namespace Vigil.Pipeline;

/// <summary>
/// Runs radar plots through the whole chain in one process: sectors → one tracker per sector (which
/// also classifies) → alert rules → incident grouping. Plots are fed in measurement order, as they
/// would arrive live: each run of consecutive plots from one radar's scan is a batch, and when a
/// radar starts a new scan the tracker closes the previous one (misses, deletions).
/// </summary>
public sealed class ScenarioPipeline
{
    private readonly BorderAtlas _atlas;
    private readonly PipelineOptions _options;

    /// <summary>Creates a pipeline over the given borders.</summary>
    public ScenarioPipeline(BorderAtlas atlas, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        ArgumentNullException.ThrowIfNull(options);
        _atlas = atlas;
        _options = options;
    }

    /// <summary>Runs the plots of <paramref name="radars"/> through the pipeline.</summary>
    /// <param name="radars">Every radar that produced plots.</param>
    /// <param name="plots">The plots, in any order; <see cref="SimulatedPlot.TruthId"/> is never read.</param>
    public PipelineResult Run(IReadOnlyList<RadarSite> radars, IReadOnlyList<SimulatedPlot> plots) =>
        Run(radars, plots, [], new HashSet<string>());

    /// <summary>
    /// Runs the plots of <paramref name="radars"/> through the pipeline, identifying tracks by the drones'
    /// Remote ID broadcasts: a confirmed track that is, on <see cref="PipelineOptions.RemoteIdMatches"/>
    /// updates in a row, within <see cref="PipelineOptions.RemoteIdMatchM"/> of one drone's broadcast
    /// position (within <see cref="PipelineOptions.RemoteIdMatchTime"/> of it) is that drone.
    /// A track identified as a drone on <paramref name="registered"/> (the allow-list) raises no alert.
    /// </summary>
    public PipelineResult Run(IReadOnlyList<RadarSite> radars, IReadOnlyList<SimulatedPlot> plots, IReadOnlyList<RemoteIdFix> fixes, IReadOnlySet<string> registered)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        ArgumentNullException.ThrowIfNull(registered);
        List<RemoteIdFix> byTime = [.. fixes.OrderBy(f => f.At)];
        var cooperative = new List<CooperativeTrack>();
        var identified = new HashSet<TrackId>();
        var matches = new Dictionary<TrackId, (string UasId, int Count)>();
        ArgumentNullException.ThrowIfNull(radars);
        ArgumentNullException.ThrowIfNull(plots);
        IReadOnlyList<Sector> sectors = Sector.Plan(radars);
        var sectorOf = new Dictionary<SensorId, int>();
        var trackers = new Tracker[sectors.Count];
        foreach (Sector s in sectors)
        {
            trackers[s.Index] = new Tracker(s.Frame, s.Radars, _options.Tracker);
            foreach (RadarSite r in s.Radars)
            {
                sectorOf[r.Id] = s.Index;
            }
        }

        var alertEngine = new AlertEngine(_atlas, _options.Alerts);
        var grouper = new IncidentGrouper(_options.Incidents);
        var alerts = new List<Alert>();
        var changes = new List<RecordChange>();
        var versions = new Dictionary<IncidentId, int>();
        var raised = new List<Alert>();
        var updates = new List<TrackUpdate>();
        var globalIds = new Dictionary<(int Sector, TrackId Local), TrackId>();
        var tracks = new List<TrackRecord>();
        var timeline = new List<TrackSample>();
        int processed = 0;

        void Emit(int sector)
        {
            foreach (TrackUpdate local in updates)
            {
                if (!globalIds.TryGetValue((sector, local.Id), out TrackId id))
                {
                    id = new TrackId(tracks.Count + 1);
                    globalIds[(sector, local.Id)] = id;
                    tracks.Add(new TrackRecord(id, sector));
                }

                TrackUpdate update = local with { Id = id };
                tracks[id.Value - 1].Add(update);
                if (_options.KeepTimeline)
                {
                    timeline.Add(TrackSample.Of(update));
                }

                if (update.Status == TrackStatus.Confirmed && !identified.Contains(id) && Identified(update, byTime, matches) is { } fix)
                {
                    identified.Add(id);
                    bool isRegistered = registered.Contains(fix.UasId);
                    cooperative.Add(new CooperativeTrack(id, update.At, fix, isRegistered));
                    if (isRegistered)
                    {
                        alertEngine.Exempt(id);
                    }
                }

                raised.Clear();
                alertEngine.Observe(update, raised);
                foreach (Alert alert in raised)
                {
                    alerts.Add(alert);
                    changes.Add(new AlertRaised(alert));
                    Incident incident = grouper.Add(alert);
                    int version = versions[incident.Id] = versions.GetValueOrDefault(incident.Id) + 1;
                    changes.Add(new IncidentChanged(incident, version, alert.RaisedAt));
                }
            }

            updates.Clear();
        }

        var scans = new Dictionary<SensorId, (int Scan, DateTimeOffset Start, TimeSpan Period)>();
        var periods = new Dictionary<SensorId, TimeSpan>();
        foreach (RadarSite r in radars)
        {
            periods[r.Id] = r.ScanPeriod;
        }

        var batch = new List<Detection>();
        int batchSector = -1;
        (SensorId Sensor, int Scan) batchKey = default;

        void Flush()
        {
            if (batch.Count > 0)
            {
                trackers[batchSector].Process(CollectionsMarshal.AsSpan(batch), updates);
                processed += batch.Count;
                Emit(batchSector);
                batch.Clear();
            }
        }

        foreach (SimulatedPlot plot in Ordered(plots))
        {
            Detection d = plot.Detection;
            if (!sectorOf.TryGetValue(d.Sensor, out int sector))
            {
                continue;
            }

            if (batch.Count > 0 && batchKey != (d.Sensor, plot.Scan))
            {
                Flush();
            }

            // A rotating antenna passes azimuth θ at scanStart + θ/360 · period.
            TimeSpan period = periods[d.Sensor];
            DateTimeOffset scanStart = d.MeasuredAt - TimeSpan.FromTicks((long)(d.AzimuthDeg / 360 * period.Ticks));
            if (scans.TryGetValue(d.Sensor, out var current) && current.Scan != plot.Scan)
            {
                trackers[sector].EndScan(d.Sensor, current.Start, scanStart, updates);
                Emit(sector);
            }

            if (!scans.TryGetValue(d.Sensor, out current) || current.Scan != plot.Scan)
            {
                scans[d.Sensor] = (plot.Scan, scanStart, period);
            }

            batchKey = (d.Sensor, plot.Scan);
            batchSector = sector;
            batch.Add(d);
        }

        Flush();
        foreach ((SensorId sensor, var last) in scans)
        {
            int sector = sectorOf[sensor];
            trackers[sector].EndScan(sensor, last.Start, last.Start + last.Period, updates);
            Emit(sector);
        }

        return new PipelineResult
        {
            Alerts = alerts,
            Incidents = grouper.Incidents,
            Changes = changes,
            Tracks = tracks,
            Sectors = sectors,
            Plots = processed,
            Cooperative = cooperative,
            Timeline = _options.KeepTimeline ? InTimeOrder(timeline) : [],
        };
    }

    /// <summary>The samples sorted by time, stable for equal times (the order the trackers issued them).</summary>
    private static TrackSample[] InTimeOrder(List<TrackSample> samples)
    {
        long[] keys = new long[samples.Count];
        int[] order = new int[samples.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = samples[i].At.UtcTicks;
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        var result = new TrackSample[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            result[i] = samples[order[i]];
        }

        return result;
    }

    /// <summary>
    /// The drone a track is, once <see cref="PipelineOptions.RemoteIdMatches"/> updates in a row have matched
    /// the same drone's broadcasts (one match could be a stranger passing by); null until then.
    /// </summary>
    private RemoteIdFix? Identified(in TrackUpdate update, List<RemoteIdFix> fixes, Dictionary<TrackId, (string UasId, int Count)> matches)
    {
        if (Match(update, fixes) is not { } fix)
        {
            matches.Remove(update.Id);
            return null;
        }

        int count = matches.TryGetValue(update.Id, out var last) && last.UasId == fix.UasId ? last.Count + 1 : 1;
        matches[update.Id] = (fix.UasId, count);
        return count >= _options.RemoteIdMatches ? fix : null;
    }

    /// <summary>The broadcast closest in time to <paramref name="update"/> that puts the drone where the track is, if any.</summary>
    private RemoteIdFix? Match(in TrackUpdate update, List<RemoteIdFix> fixes)
    {
        DateTimeOffset from = update.At - _options.RemoteIdMatchTime, to = update.At + _options.RemoteIdMatchTime;
        int i = fixes.BinarySearch(new RemoteIdFix(from, default, "", null, null), Comparer<RemoteIdFix>.Create((a, b) => a.At.CompareTo(b.At)));
        RemoteIdFix? best = null;
        for (i = i < 0 ? ~i : i; i < fixes.Count && fixes[i].At <= to; i++)
        {
            RemoteIdFix f = fixes[i];
            if (Geodesic.Inverse(f.Position, update.Position).Distance.Meters <= _options.RemoteIdMatchM
                && (best is null || (f.At - update.At).Duration() < (best.At - update.At).Duration()))
            {
                best = f;
            }
        }

        return best;
    }

    /// <summary>Every place where a simulated target's true path crosses a border.</summary>
    public IReadOnlyList<TruthCrossing> TruthCrossings(IReadOnlyList<TruthTarget> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var crossings = new List<TruthCrossing>();
        var scratch = new List<BorderCrossing>();
        foreach (TruthTarget target in truth)
        {
            for (int i = 1; i < target.States.Count; i++)
            {
                TruthState a = target.States[i - 1], b = target.States[i];
                scratch.Clear();
                _atlas.FindCrossings(a.Position, a.At, b.Position, b.At, scratch);
                foreach (BorderCrossing c in scratch)
                {
                    crossings.Add(new TruthCrossing(target.Id, target.Kind, c.Border.Code, c.FromCountry, c.ToCountry, c.At, c.Point));
                }
            }
        }

        crossings.Sort((x, y) => x.Time.CompareTo(y.Time));
        return crossings;
    }

    /// <summary>The plots in measurement order (stable for equal times), as a live feed would deliver them.</summary>
    private static List<SimulatedPlot> Ordered(IReadOnlyList<SimulatedPlot> plots)
    {
        var indexed = new List<(SimulatedPlot Plot, int Index)>(plots.Count);
        for (int i = 0; i < plots.Count; i++)
        {
            indexed.Add((plots[i], i));
        }

        indexed.Sort((a, b) =>
        {
            int c = a.Plot.Detection.MeasuredAt.CompareTo(b.Plot.Detection.MeasuredAt);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        return indexed.ConvertAll(p => p.Plot);
    }

}
