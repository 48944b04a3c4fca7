using System.Net;
using System.Threading.Channels;
using Vigil.Core;
using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;
using Task = System.Threading.Tasks.Task;

namespace Vigil.Sensors.Tests.Sapient;

public class SapientServerTest
{
    private const string ServerId = "0b5e6c1e-0c5d-4a8e-9d6f-2f1b3c4d5e6f";
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Node_RegistersThenReports_EventsArriveTyped()
    {
        var channel = Channel.CreateBounded<SapientEvent>(16);
        await using var server = Start(channel);
        using var cts = new CancellationTokenSource(Patience);
        await using var node = await SapientNodeClient.ConnectAsync(server.LocalEndPoint, TimeProvider.System, cts.Token);
        Assert.True(node.Ack.Acceptance);

        SapientStatusEntry[] jam = [new(StatusReport.Types.StatusType.ExternalFault, StatusReport.Types.StatusLevel.WarningStatus, "RF jamming detected 2.4 GHz")];
        await node.SendStatusAsync(T0, StatusReport.Types.System.Warning, jam, cts.Token);
        var health = Assert.IsType<SapientHealthEvent>(await channel.Reader.ReadAsync(cts.Token));
        Assert.Equal(SensorHealth.Jammed, health.Health);
        Assert.Equal(node.NodeId, health.Node.Value);
        Assert.Equal(T0, health.MeasuredAt);
        Assert.Equal(StatusReport.Types.System.Warning, health.System);
        Assert.Equal("Default", health.Mode);

        await node.SendDetectionAsync(T0.AddSeconds(1), new GeoPoint(51.5, -1.8, 120), "Air Vehicle", 0.9, cts.Token);
        var detection = Assert.IsType<SapientDetectionEvent>(await channel.Reader.ReadAsync(cts.Token));
        Assert.Equal(51.5, detection.Position.Point!.Value.LatitudeDeg);
        Assert.Equal(-1.8, detection.Position.Point!.Value.LongitudeDeg);
        Assert.Equal(120, detection.Position.Point!.Value.AltitudeM);
        Assert.Equal("Air Vehicle", detection.ClassType);
        Assert.Equal(0.9, detection.ClassConfidence!.Value, 5);
        Assert.True(SapientIds.IsUlid(detection.ObjectId));

        await WaitFor(() => Counts(server, node.NodeId)?.Accepted == 3, cts.Token);
        Assert.Equal(0, Counts(server, node.NodeId)!.Rejected);
    }

    [Fact]
    public async Task MessageBeforeRegistration_IsRejectedWithReasonAndErrorReply()
    {
        var channel = Channel.CreateBounded<SapientEvent>(4);
        await using var server = Start(channel);
        using var cts = new CancellationTokenSource(Patience);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.LocalEndPoint, cts.Token);
        var stream = tcp.GetStream();
        await SapientFrames.WriteAsync(stream, SapientMessages.Status(SapientIds.NewUuid(), T0, StatusReport.Types.System.Ok), cts.Token);

        var reply = await new SapientFrameReader(stream).ReadAsync(cts.Token);
        Assert.Equal(SapientMessage.ContentOneofCase.Error, reply.Message!.ContentCase);
        Assert.Contains("not registered", reply.Message.Error.ErrorMessage[0], StringComparison.Ordinal);
        var counts = Assert.Single(server.Counters.Snapshot(), kv => kv.Key.StartsWith("unregistered ", StringComparison.Ordinal)).Value;
        Assert.Equal(1, counts.RejectedByReason["message before registration"]);
        Assert.Equal(0, channel.Reader.Count);
    }

    [Fact]
    public async Task InvalidMessageAfterRegistration_GetsErrorReplyAndIsCounted()
    {
        var channel = Channel.CreateBounded<SapientEvent>(4);
        await using var server = Start(channel);
        using var cts = new CancellationTokenSource(Patience);
        await using var node = await SapientNodeClient.ConnectAsync(server.LocalEndPoint, TimeProvider.System, cts.Token);
        var bad = SapientMessages.Detection(node.NodeId, T0, new GeoPoint(50, 1), "Air Vehicle", 0.5);
        bad.DetectionReport.Location.ClearX();
        await node.SendAsync(bad, cts.Token);

        var reply = await node.ReadAsync(cts.Token);
        Assert.Equal(SapientMessage.ContentOneofCase.Error, reply.Message!.ContentCase);
        Assert.Equal(node.NodeId, reply.Message.DestinationId);
        Assert.Equal(bad, SapientMessage.Parser.ParseFrom(reply.Message.Error.Packet));
        Assert.Contains("detection_report.location.x: missing", reply.Message.Error.ErrorMessage);

        // The connection stays open: a good detection still gets through.
        await node.SendDetectionAsync(T0, new GeoPoint(50, 1), "Air Vehicle", 0.5, cts.Token);
        Assert.IsType<SapientDetectionEvent>(await channel.Reader.ReadAsync(cts.Token));
        var counts = Counts(server, node.NodeId)!;
        Assert.Equal(1, counts.RejectedByReason["invalid: detection_report.location.x: missing"]);
    }

    [Fact]
    public async Task InvalidRegistration_IsRefusedWithReasonsAndClosed()
    {
        var channel = Channel.CreateBounded<SapientEvent>(4);
        await using var server = Start(channel);
        using var cts = new CancellationTokenSource(Patience);
        var registration = SapientMessages.Registration(SapientIds.NewUuid(), T0);
        registration.Registration.IcdVersion = "BSI Flex 335 v1.0";
        await using var node = await SapientNodeClient.ConnectAsync(server.LocalEndPoint, TimeProvider.System, cts.Token, registration);

        Assert.False(node.Ack.Acceptance);
        Assert.Contains(node.Ack.AckResponseReason, r => r.StartsWith("registration.icd_version: got", StringComparison.Ordinal));
        Assert.Equal(SapientFrameStatus.End, (await node.ReadAsync(cts.Token)).Status);
    }

    [Fact]
    public async Task FullChannel_StopsReadingAndDropsNothing()
    {
        const int Detections = 20;
        var channel = Channel.CreateBounded<SapientEvent>(1);
        await using var server = Start(channel);
        using var cts = new CancellationTokenSource(Patience);
        await using var node = await SapientNodeClient.ConnectAsync(server.LocalEndPoint, TimeProvider.System, cts.Token);
        for (int i = 0; i < Detections; i++)
        {
            await node.SendDetectionAsync(T0.AddSeconds(i), new GeoPoint(50 + (i / 100.0), 1), "Air Vehicle", 0.5, cts.Token);
        }

        // The first detection fills the channel; the second waits in WriteAsync, so the server reads no further.
        await WaitFor(() => channel.Reader.Count == 1 && Counts(server, node.NodeId)?.Accepted == 2, cts.Token);
        await Task.Delay(200, cts.Token); // a negative check: give a non-blocking server the chance to run ahead
        Assert.Equal(2, Counts(server, node.NodeId)!.Accepted);

        for (int i = 0; i < Detections; i++)
        {
            var detection = Assert.IsType<SapientDetectionEvent>(await channel.Reader.ReadAsync(cts.Token));
            Assert.Equal(T0.AddSeconds(i), detection.MeasuredAt);
        }

        await WaitFor(() => Counts(server, node.NodeId)?.Accepted == Detections + 1, cts.Token);
        Assert.Equal(0, Counts(server, node.NodeId)!.Rejected);
    }

    private static SapientServer Start(Channel<SapientEvent> channel)
    {
        var server = new SapientServer(new IPEndPoint(IPAddress.Loopback, 0), channel.Writer, TimeProvider.System, ServerId);
        server.Start();
        Assert.NotEqual(0, server.LocalEndPoint.Port);
        return server;
    }

    private static SapientNodeCounts? Counts(SapientServer server, string nodeId) =>
        server.Counters.Snapshot().GetValueOrDefault(nodeId);

    private static async Task WaitFor(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(5, cancellationToken);
        }
    }
}
