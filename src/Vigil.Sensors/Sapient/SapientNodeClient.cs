using System.Net;
using System.Net.Sockets;
using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;
using Task = System.Threading.Tasks.Task;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// The node side of SAPIENT, for the simulator: connects to a fusion node, registers as a counter-drone radar/RF
/// node with a fresh UUID, then sends heartbeats and detections built from simple inputs.
/// </summary>
public sealed class SapientNodeClient : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly SapientFrameReader _reader;

    private SapientNodeClient(TcpClient client, string nodeId)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new SapientFrameReader(_stream);
        NodeId = nodeId;
    }

    /// <summary>This node's UUID.</summary>
    public string NodeId { get; }

    /// <summary>The fusion node's answer to the registration.</summary>
    public RegistrationAck Ack { get; private set; } = new();

    /// <summary>
    /// Connects to <paramref name="server"/>, sends <see cref="SapientMessages.Registration"/> (or
    /// <paramref name="registration"/>) and waits for the RegistrationAck; check <see cref="Ack"/> for acceptance.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="server"/> or <paramref name="time"/> is null.</exception>
    /// <exception cref="IOException">The connection closed before an acknowledgement arrived.</exception>
    /// <exception cref="SocketException">The server cannot be reached.</exception>
    public static async Task<SapientNodeClient> ConnectAsync(
        IPEndPoint server, TimeProvider time, CancellationToken cancellationToken, SapientMessage? registration = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(time);
        var tcp = new TcpClient(server.AddressFamily) { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
            registration ??= SapientMessages.Registration(SapientIds.NewUuid(), time.GetUtcNow());
            var client = new SapientNodeClient(tcp, registration.NodeId);
            await client.SendAsync(registration, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var frame = await client.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (frame.Status is SapientFrameStatus.End or SapientFrameStatus.Broken)
                {
                    throw new IOException("the fusion node closed the connection before acknowledging the registration");
                }

                if (frame.Message?.ContentCase == SapientMessage.ContentOneofCase.RegistrationAck)
                {
                    client.Ack = frame.Message.RegistrationAck;
                    return client;
                }
            }
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>Sends a heartbeat with the given system state and status lines.</summary>
    /// <exception cref="IOException">The connection failed.</exception>
    public ValueTask SendStatusAsync(
        DateTimeOffset at, StatusReport.Types.System system, IEnumerable<SapientStatusEntry>? entries, CancellationToken cancellationToken) =>
        SendAsync(SapientMessages.Status(NodeId, at, system, entries), cancellationToken);

    /// <summary>Sends a detection of one object at <paramref name="position"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="SapientMessages.Detection"/>.</exception>
    /// <exception cref="IOException">The connection failed.</exception>
    public ValueTask SendDetectionAsync(
        DateTimeOffset at, GeoPoint position, string classType, double confidence, CancellationToken cancellationToken, string? objectId = null) =>
        SendAsync(SapientMessages.Detection(NodeId, at, position, classType, confidence, objectId), cancellationToken);

    /// <summary>Sends any message as one frame.</summary>
    /// <exception cref="IOException">The connection failed.</exception>
    public ValueTask SendAsync(SapientMessage message, CancellationToken cancellationToken) =>
        SapientFrames.WriteAsync(_stream, message, cancellationToken);

    /// <summary>Sends raw bytes (for tests of how a fusion node handles damaged input).</summary>
    /// <exception cref="IOException">The connection failed.</exception>
    public async ValueTask SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next frame from the fusion node (acknowledgements, errors, tasks).</summary>
    public ValueTask<SapientFrame> ReadAsync(CancellationToken cancellationToken) => _reader.ReadAsync(cancellationToken);

    /// <summary>Closes the connection.</summary>
    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
