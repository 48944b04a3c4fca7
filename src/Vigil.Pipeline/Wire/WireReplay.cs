using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Vigil.Core;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Ingest;
using Vigil.Simulation;
using Vigil.Simulation.Wire;

namespace Vigil.Pipeline.Wire;

/// <summary>
/// Plays a simulation's sensors over real sockets on loopback and takes their plots back through real
/// ingest: the ASTERIX radars' datagrams go by UDP to a <see cref="UdpListener"/>, whose bounded channel
/// feeds <see cref="AsterixIngest"/>. The replay runs as fast as ingest keeps up: simulated time is a
/// <see cref="ReplayClock"/> that the sender moves forward and ingest stamps arrivals with, and the
/// sender keeps at most <see cref="Window"/> datagrams unreceived, so the socket buffer never overflows
/// and no datagram is lost.
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

        var clock = new ReplayClock(scenario.Start);
        var counters = new IngestCounters();
        var health = new SensorHealthMonitor();
        var ingest = new AsterixIngest(sites, counters, health, scenario.Start);
        var received = Channel.CreateBounded<ReceivedDatagram>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
        var ingested = Channel.CreateBounded<IngestedPlot>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var listener = new UdpListener(new IPEndPoint(IPAddress.Loopback, 0), clock);
        Task listening = listener.RunAsync(received.Writer, stop.Token);
        Task ingesting = ingest.RunAsync(received.Reader, ingested.Writer, cancellationToken);
        Task<List<SimulatedPlot>> collecting = Collect(ingested.Reader, cancellationToken);

        long bytes = 0;
        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
        {
            socket.Connect(listener.LocalEndPoint);
            long sent = 0;
            foreach (WireDatagram datagram in datagrams)
            {
                await CatchUp(listener, sent - Window, listening, cancellationToken).ConfigureAwait(false);
                clock.Advance(datagram.SentAt);
                await socket.SendAsync(datagram.Payload, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                sent++;
                bytes += datagram.Payload.Length;
            }

            await CatchUp(listener, sent, listening, cancellationToken).ConfigureAwait(false);
        }

        clock.Advance(scenario.End);
        await stop.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(false);
        await ingesting.ConfigureAwait(false);
        List<SimulatedPlot> plots = await collecting.ConfigureAwait(false);
        foreach (SimulatedPlot plot in run.Plots)
        {
            // Counter-drone nodes report over SAPIENT, which this replay does not carry yet: their plots go straight in.
            if (scenario.LinkOf(plot.Detection.Sensor) != SensorLink.Asterix)
            {
                plots.Add(plot with { TruthId = null });
            }
        }

        health.Advance(scenario.End);
        return new WireResult(plots, datagrams.Count, bytes, counters.Snapshot(), [.. health.Changes], health.Snapshot());
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

    /// <summary>Waits until the listener has received <paramref name="count"/> datagrams.</summary>
    /// <exception cref="IOException">Nothing arrived for <see cref="StallTimeout"/>: datagrams were lost.</exception>
    private static async Task CatchUp(UdpListener listener, long count, Task listening, CancellationToken cancellationToken)
    {
        var spin = new SpinWait();
        long seen = listener.Received, since = Stopwatch.GetTimestamp();
        while (listener.Received < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (listening.IsCompleted)
            {
                await listening.ConfigureAwait(false);
                throw new InvalidOperationException("The UDP listener stopped before the replay ended.");
            }

            if (listener.Received != seen)
            {
                (seen, since) = (listener.Received, Stopwatch.GetTimestamp());
            }
            else if (Stopwatch.GetElapsedTime(since) > StallTimeout)
            {
                throw new IOException($"{count - seen} datagrams sent over loopback never arrived within {StallTimeout.TotalSeconds:0} s.");
            }

            if (spin.NextSpinWillYield)
            {
                await Task.Yield();
            }

            spin.SpinOnce();
        }
    }
}
