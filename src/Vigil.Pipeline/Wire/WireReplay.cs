using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Vigil.Core;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Ingest;
using Vigil.Sensors.RemoteId;
using Vigil.Sensors.Sapient;
using Vigil.Simulation;
using Vigil.Simulation.Wire;

namespace Vigil.Pipeline.Wire;

/// <summary>
/// Plays a simulation's sensors over real sockets on loopback and takes their plots back through real
/// ingest: the ASTERIX radars' datagrams go by UDP to a <see cref="UdpListener"/>, whose bounded channel
/// feeds <see cref="AsterixIngest"/>; each counter-drone node connects to a <see cref="SapientServer"/>
/// over TCP, registers, and sends its status and detection reports, which feed <see cref="SapientIngest"/>.
/// Both streams go out in one time order. The replay runs as fast as ingest keeps up: simulated time is a
/// <see cref="ReplayClock"/> that the sender moves forward and ingest stamps arrivals with, and the
/// sender keeps at most <see cref="Window"/> datagrams unreceived, so the socket buffer never overflows
/// and no datagram is lost (TCP has its own flow control).
/// </summary>
public static class WireReplay
{
    /// <summary>Most datagrams in flight (sent, not yet received).</summary>
    public const int Window = 128;

    /// <summary>How long the sender waits for ingest to make progress before calling datagrams lost.</summary>
    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs the replay.</summary>
    public static async Task<WireResult> RunAsync(SimulationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        Scenario scenario = run.Scenario;
        Dictionary<SensorId, RadarSite> radars = scenario.Radars.ToDictionary(r => r.Id);
        Dictionary<AsterixDataSource, RadarSite> sites = AsterixRadarFeed.Sources(scenario).ToDictionary(p => p.Value, p => radars[p.Key]);
        IReadOnlyList<WireDatagram> datagrams = AsterixRadarFeed.Datagrams(run);
        IReadOnlyList<RadarSite> nodes = SapientNodeFeed.Nodes(scenario);
        IReadOnlyList<SapientMessageOut> reports = SapientNodeFeed.Messages(run);

        var clock = new ReplayClock(scenario.Start);
        var counters = new IngestCounters();
        // One health monitor per stage: each runs on its own thread and its own messages' time.
        SensorHealthMonitor radarHealth = new(), nodeHealth = new();
        var ingest = new AsterixIngest(sites, counters, radarHealth, scenario.Start);
        var received = Channel.CreateBounded<ReceivedDatagram>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
        var ingested = Channel.CreateBounded<IngestedPlot>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
        var sapientIngest = new SapientIngest(nodes.ToDictionary(n => SapientNodeFeed.NodeId(n.Id)), counters, nodeHealth, scenario.Start);
        var events = Channel.CreateBounded<SapientEvent>(new BoundedChannelOptions(1024) { SingleWriter = false, SingleReader = true });
        var nodePlots = Channel.CreateBounded<IngestedPlot>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var listener = new UdpListener(new IPEndPoint(IPAddress.Loopback, 0), clock);
        Task listening = listener.RunAsync(received.Writer, stop.Token);
        Task ingesting = ingest.RunAsync(received.Reader, ingested.Writer, cancellationToken);
        Task<List<SimulatedPlot>> collecting = Collect(ingested.Reader, cancellationToken);
        Task sapientIngesting = sapientIngest.RunAsync(events.Reader, nodePlots.Writer, cancellationToken);
        Task<List<SimulatedPlot>> collectingNodes = Collect(nodePlots.Reader, cancellationToken);
        var server = new SapientServer(new IPEndPoint(IPAddress.Loopback, 0), events.Writer, clock, SapientNodeFeed.NodeId(new SensorId("vigil fusion node")));
        server.Start();

        long bytes = 0;
        var clients = new Dictionary<SensorId, SapientNodeClient>();
        try
        {
            foreach (RadarSite node in nodes)
            {
                clients[node.Id] = await SapientNodeClient.ConnectAsync(server.LocalEndPoint, clock, cancellationToken, SapientNodeFeed.Registration(node, scenario.Start)).ConfigureAwait(false);
            }

            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Connect(listener.LocalEndPoint);
            long sent = 0;
            int d = 0, r = 0;
            while (d < datagrams.Count || r < reports.Count)
            {
                if (r == reports.Count || (d < datagrams.Count && datagrams[d].SentAt <= reports[r].SentAt))
                {
                    WireDatagram datagram = datagrams[d++];
                    await WaitFor(() => listener.Received, sent - Window, listening, "datagrams", cancellationToken).ConfigureAwait(false);
                    clock.Advance(datagram.SentAt);
                    await socket.SendAsync(datagram.Payload, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                    sent++;
                    bytes += datagram.Payload.Length;
                }
                else
                {
                    SapientMessageOut report = reports[r++];
                    clock.Advance(report.SentAt);
                    await clients[report.Sensor].SendAsync(report.Message, cancellationToken).ConfigureAwait(false);
                    bytes += report.Message.CalculateSize() + SapientFrames.PrefixBytes;
                }
            }

            await WaitFor(() => listener.Received, sent, listening, "datagrams", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (SapientNodeClient client in clients.Values)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }

        // The server counts each message once it has handled it: wait for them all, registrations included.
        await WaitFor(() => server.Counters.Snapshot().Values.Sum(c => c.Accepted + c.Rejected), reports.Count + nodes.Count, null, "SAPIENT messages", cancellationToken).ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
        events.Writer.TryComplete();

        clock.Advance(scenario.End);
        await stop.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(false);
        await ingesting.ConfigureAwait(false);
        await sapientIngesting.ConfigureAwait(false);
        sapientIngest.AddServerCounts(server.Counters);
        List<SimulatedPlot> plots = await collecting.ConfigureAwait(false);
        plots.AddRange(await collectingNodes.ConfigureAwait(false));

        radarHealth.Advance(scenario.End);
        nodeHealth.Advance(scenario.End);
        SensorHealthMonitor[] monitors = [radarHealth, nodeHealth];
        var captures = RemoteIdFeed.Captures(run).Select(c => (c.Receiver.Id, c.Capture)).ToList();
        List<RemoteIdFix> fixes = Replay(captures, counters);
        return new WireResult(plots, datagrams.Count + reports.Count, bytes + captures.Sum(c => (long)c.Capture.Length), counters.Snapshot(),
            [.. monitors.SelectMany(m => m.Changes).OrderBy(c => c.At)],
            [.. monitors.SelectMany(m => m.Snapshot()).OrderBy(h => h.Sensor.Value, StringComparer.Ordinal)],
            fixes, captures);
    }

    /// <summary>
    /// Replays each Remote ID receiver's capture through the capture reader, the frame decoders and the
    /// assembler, counting messages per receiver; every Location with a known identity is a fix.
    /// </summary>
    private static List<RemoteIdFix> Replay(IEnumerable<(SensorId Receiver, byte[] Capture)> captures, IngestCounters counters)
    {
        var fixes = new List<RemoteIdFix>();
        foreach ((SensorId receiver, byte[] capture) in captures)
        {
            RemoteIdCaptureResult result = RemoteIdCaptureExtractor.Extract(capture);
            foreach (RemoteIdFrameRejection rejection in result.Rejections)
            {
                counters.Rejected(receiver, rejection.Error);
            }

            if (result.CaptureError is { } error)
            {
                counters.Rejected(receiver, error);
            }

            var assembler = new RemoteIdAssembler();
            foreach (CapturedRemoteIdMessage message in result.Messages)
            {
                counters.Accepted(receiver);
                if (assembler.TryAdd(message, out RemoteIdObservation? seen) && seen is { Position: { } at, Identity: { } identity })
                {
                    GeoPoint position = seen.GeodeticAltitudeM is { } altitude ? new GeoPoint(at.LatitudeDeg, at.LongitudeDeg, altitude) : at;
                    fixes.Add(new RemoteIdFix(seen.MeasuredAt, position, identity.UasId, seen.OperatorId, seen.OperatorPosition));
                }
            }
        }

        return fixes;
    }

    private static async Task<List<SimulatedPlot>> Collect(ChannelReader<IngestedPlot> input, CancellationToken cancellationToken)
    {
        var plots = new List<SimulatedPlot>();
        await foreach (IngestedPlot plot in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            plots.Add(new SimulatedPlot(plot.Detection, plot.Scan, TruthId: null));
        }

        return plots;
    }

    /// <summary>
    /// Waits until <paramref name="count"/> reaches <paramref name="target"/>, spinning and then yielding. Fails
    /// if <paramref name="running"/> (the stage that moves the count) stops, or after <see cref="StallTimeout"/>
    /// without progress: then the <paramref name="what"/> sent were lost.
    /// </summary>
    private static async Task WaitFor(Func<long> count, long target, Task? running, string what, CancellationToken cancellationToken)
    {
        var spin = new SpinWait();
        long seen = count(), since = Stopwatch.GetTimestamp();
        while (count() < target)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (running is { IsCompleted: true })
            {
                await running.ConfigureAwait(false);
                throw new InvalidOperationException($"Ingest stopped before the {what} sent were taken in.");
            }

            if (count() != seen)
            {
                (seen, since) = (count(), Stopwatch.GetTimestamp());
            }
            else if (Stopwatch.GetElapsedTime(since) > StallTimeout)
            {
                throw new IOException($"{target - seen} {what} sent over loopback were never taken in within {StallTimeout.TotalSeconds:0} s.");
            }

            if (spin.NextSpinWillYield)
            {
                await Task.Yield();
            }

            spin.SpinOnce();
        }
    }
}
