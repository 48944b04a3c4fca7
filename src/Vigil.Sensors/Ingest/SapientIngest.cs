using System.Threading.Channels;
using Vigil.Core;
using Vigil.Sensors.Sapient;

namespace Vigil.Sensors.Ingest;

/// <summary>
/// The SAPIENT stage of ingest: turns the events of configured counter-drone radar nodes (by node UUID)
/// into plots and health. A DetectionReport in range and bearing (true north) becomes a detection of the
/// node's site; each StatusReport starts a new scan (the node's status interval is its scan period) and
/// gives the node's health (<see cref="SapientHealth"/>). Events that cannot be used (an unknown node, a
/// position not in range and bearing from the node) are counted as rejected with the reason. Messages
/// the server refused (malformed, invalid) are in its own counters; <see cref="AddServerCounts"/> folds them in.
/// </summary>
public sealed class SapientIngest
{
    private readonly Dictionary<SensorId, RadarSite> _nodes;
    private readonly IngestCounters _counters;
    private readonly SensorHealthMonitor _health;
    private readonly Dictionary<SensorId, int> _scans = [];

    /// <summary>Creates the stage for nodes given by UUID; each is watched for silence from <paramref name="from"/>.</summary>
    public SapientIngest(IReadOnlyDictionary<string, RadarSite> nodes, IngestCounters counters, SensorHealthMonitor health, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(health);
        _nodes = nodes.ToDictionary(p => new SensorId(p.Key), p => p.Value);
        _counters = counters;
        _health = health;
        foreach (RadarSite site in _nodes.Values)
        {
            if (!health.IsWatched(site.Id))
            {
                health.Watch(site.Id, site.ScanPeriod, from);
            }
        }
    }

    /// <summary>Takes one event; a plot goes to <paramref name="plots"/>.</summary>
    public void Accept(SapientEvent e, List<IngestedPlot> plots)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(plots);
        if (!_nodes.TryGetValue(e.Node, out RadarSite? site))
        {
            _counters.Rejected(e.Node, new DecodeError(0, $"node {e.Node} is not a configured sensor"));
            return;
        }

        switch (e)
        {
            case SapientHealthEvent status:
                _scans[site.Id] = _scans.TryGetValue(site.Id, out int scan) ? scan + 1 : 0;
                // A node that says it is not detecting (or leaving) is still talking: degraded, until silence says more.
                _health.Reported(site.Id, status.Health == SensorHealth.Silent ? SensorHealth.Degraded : status.Health, status.MeasuredAt);
                _counters.Accepted(site.Id);
                break;
            case SapientDetectionEvent detection when TryDetection(site, detection, out Detection d):
                _health.Heard(site.Id, d.MeasuredAt);
                _counters.Accepted(site.Id);
                plots.Add(new IngestedPlot(d, _scans.GetValueOrDefault(site.Id, 0)));
                break;
            case SapientDetectionEvent detection:
                _counters.Rejected(site.Id, new DecodeError(0, $"detection report {detection.ReportId}: {Reason(site, detection)}"));
                break;
            default:
                _health.Heard(site.Id, e.MeasuredAt);
                _counters.Accepted(site.Id);
                break;
        }
    }

    /// <summary>Runs the stage: input in, plots out, until the input completes; then completes the output.</summary>
    public Task RunAsync(ChannelReader<SapientEvent> input, ChannelWriter<IngestedPlot> output, CancellationToken cancellationToken) =>
        IngestStage.RunAsync(input, output, Accept, cancellationToken);

    /// <summary>Adds the messages a SAPIENT server refused to the counters, under the configured sensor when the node is known.</summary>
    public void AddServerCounts(SapientCounters server)
    {
        ArgumentNullException.ThrowIfNull(server);
        foreach ((string node, SapientNodeCounts counts) in server.Snapshot())
        {
            SensorId sensor = _nodes.TryGetValue(new SensorId(node), out RadarSite? site) ? site.Id : new SensorId("sapient " + node);
            foreach ((string reason, long n) in counts.RejectedByReason)
            {
                _counters.Rejected(sensor, new DecodeError(0, reason), n);
            }
        }
    }

    private static bool TryDetection(RadarSite site, SapientDetectionEvent e, out Detection detection)
    {
        detection = default;
        if (Reason(site, e).Length > 0)
        {
            return false;
        }

        SapientPosition p = e.Position;
        detection = new Detection(site.Id, e.MeasuredAt, e.ReceivedAt < e.MeasuredAt ? e.MeasuredAt : e.ReceivedAt,
            p.Range!.Value.Meters, p.AzimuthDeg!.Value, p.ElevationDeg ?? double.NaN, e.RcsDbsm ?? double.NaN);
        return true;
    }

    private static string Reason(RadarSite site, SapientDetectionEvent e)
    {
        SapientPosition p = e.Position;
        if (p.AzimuthDeg is not { } azimuth || p.Range is not { } range)
        {
            return "not a range and bearing from the node (absolute positions are not tracked from counter-drone radars)";
        }

        if (p.Datum != Sapient.Proto.RangeBearingDatum.True)
        {
            return $"bearing datum {p.Datum} is not true north";
        }

        if (!(range.Meters > 0) || !(azimuth is >= 0 and < 360) || p.ElevationDeg is < -90 or > 90)
        {
            return $"range {range.Meters} m, azimuth {azimuth}°, elevation {p.ElevationDeg}° out of bounds";
        }

        return site.Is3D && !p.ElevationDeg.HasValue ? "no elevation from a 3-D radar" : "";
    }
}
