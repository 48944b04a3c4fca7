using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Vigil.Core;
using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Simulation.Wire;

/// <summary>
/// What the scenario's counter-drone nodes send over SAPIENT (BSI Flex 335 v2.0): after registering, a
/// StatusReport at the start of every revolution of the node's radar (its status interval is the scan
/// period, so a status report also marks the start of a scan), then each plot as a DetectionReport in
/// range and bearing from the node (degrees and metres, true north) with the radar cross-section as
/// object information of type <see cref="SapientEvents.RcsInfoType"/>, sent
/// <see cref="Simulator.ReceiveLatency"/> after it was measured. A silencing jamming window makes the
/// status report an EXTERNAL_FAULT line "RF jamming detected" at error level; a degrading one sets the
/// system state to WARNING with a CLUTTER line.
/// </summary>
public static class SapientNodeFeed
{
    /// <summary>
    /// The node's UUID: fixed for a sensor id (the first 16 bytes of SHA-256 of the id, with the RFC 9562
    /// version-4 and variant bits set), so that a fusion node can be configured with it in advance.
    /// </summary>
    public static string NodeId(SensorId sensor)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("vigil sapient node " + sensor.Value));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
    }

    /// <summary>The counter-drone nodes of <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<RadarSite> Nodes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.Radars.Where(r => scenario.LinkOf(r.Id) == SensorLink.Sapient)];
    }

    /// <summary>The registration a node opens its connection with.</summary>
    public static SapientMessage Registration(RadarSite node, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(node);
        return SapientMessages.Registration(NodeId(node.Id), at, "Vigil counter-drone radar " + node.Id.Value);
    }

    /// <summary>Every message the nodes of <paramref name="run"/> send after registering, in the order they are sent.</summary>
    public static IReadOnlyList<SapientMessageOut> Messages(SimulationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Dictionary<SensorId, string> nodes = Nodes(run.Scenario).ToDictionary(n => n.Id, n => NodeId(n.Id));
        var plotsOf = run.Plots.Where(p => nodes.ContainsKey(p.Detection.Sensor)).ToLookup(p => (p.Detection.Sensor, p.Scan));
        var messages = new List<(SapientMessageOut Message, int Order)>();
        foreach (RadarScan scan in run.Scans)
        {
            if (!nodes.TryGetValue(scan.Sensor, out string? node))
            {
                continue;
            }

            // Sent with the plots' latency from the scan's start on their millisecond grid, so it follows
            // every plot of the scan before and precedes every plot of its own.
            Add(new SapientMessageOut(scan.Sensor, Simulator.Round(scan.StartedAt) + Simulator.ReceiveLatency, Status(node, scan)));
            foreach (SimulatedPlot plot in plotsOf[(scan.Sensor, scan.Scan)])
            {
                Detection d = plot.Detection;
                Add(new SapientMessageOut(d.Sensor, d.MeasuredAt + Simulator.ReceiveLatency, Report(node, d)));
            }
        }

        messages.Sort((a, b) =>
        {
            int c = a.Message.SentAt.CompareTo(b.Message.SentAt);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        return messages.ConvertAll(m => m.Message);

        void Add(SapientMessageOut message) => messages.Add((message, messages.Count));
    }

    private static SapientMessage Status(string node, RadarScan scan) => scan.Jamming?.Effect switch
    {
        JammingEffect.Silence => SapientMessages.Status(node, scan.StartedAt, StatusReport.Types.System.Error,
            [new SapientStatusEntry(StatusReport.Types.StatusType.ExternalFault, StatusReport.Types.StatusLevel.ErrorStatus, "RF jamming detected")]),
        JammingEffect.Degrade => SapientMessages.Status(node, scan.StartedAt, StatusReport.Types.System.Warning,
            [new SapientStatusEntry(StatusReport.Types.StatusType.Clutter, StatusReport.Types.StatusLevel.WarningStatus, "raised noise floor")]),
        _ => SapientMessages.Status(node, scan.StartedAt, StatusReport.Types.System.Ok),
    };

    private static SapientMessage Report(string node, in Detection d)
    {
        var bearing = new RangeBearing
        {
            Range = d.RangeM,
            Azimuth = d.AzimuthDeg,
            CoordinateSystem = RangeBearingCoordinateSystem.DegreesM,
            Datum = RangeBearingDatum.True,
        };
        if (d.HasElevation)
        {
            bearing.Elevation = d.ElevationDeg;
        }

        var report = new DetectionReport
        {
            ReportId = SapientIds.NewUlid(d.MeasuredAt),
            ObjectId = SapientIds.NewUlid(d.MeasuredAt),
            RangeBearing = bearing,
        };
        if (!double.IsNaN(d.RcsDbsm))
        {
            report.ObjectInfo.Add(new DetectionReport.Types.TrackObjectInfo
            {
                Type = SapientEvents.RcsInfoType,
                Value = d.RcsDbsm.ToString("R", CultureInfo.InvariantCulture),
            });
        }

        return new SapientMessage { Timestamp = Timestamp.FromDateTimeOffset(d.MeasuredAt), NodeId = node, DetectionReport = report };
    }
}
