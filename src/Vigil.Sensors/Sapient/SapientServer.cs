using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Vigil.Sensors.Sapient.Proto;
using Task = System.Threading.Tasks.Task;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// A SAPIENT fusion-node endpoint: accepts nodes over TCP, one task per connection. A connection's first accepted
/// message must be a valid Registration, answered with a RegistrationAck (refused with reasons, then closed, when
/// invalid). Afterwards each valid message from the registered node becomes a <see cref="SapientEvent"/> written to
/// the caller's channel; awaiting that write is the back-pressure (a full channel stops reading, nothing is dropped).
/// Every message is counted in <see cref="Counters"/>; a rejected one also gets an Error reply as the standard says.
/// </summary>
public sealed class SapientServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ChannelWriter<SapientEvent> _events;
    private readonly TimeProvider _time;
    private readonly string _serverNodeId;
    private readonly int _maxMessageBytes;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private Task? _acceptLoop;

    /// <summary>A server that will listen on <paramref name="endpoint"/> (port 0 picks a free port) once started.</summary>
    /// <param name="endpoint">Where to listen.</param>
    /// <param name="events">Where accepted events go; the caller owns and reads it (a bounded channel is expected).</param>
    /// <param name="time">Clock for ReceivedAt and reply timestamps.</param>
    /// <param name="serverNodeId">This fusion node's UUID, the sender of acknowledgements and errors.</param>
    /// <param name="maxMessageBytes">Largest frame payload accepted.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverNodeId"/> is not a UUID.</exception>
    public SapientServer(
        IPEndPoint endpoint, ChannelWriter<SapientEvent> events, TimeProvider time, string serverNodeId, int maxMessageBytes = SapientFrames.DefaultMaxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        if (!SapientIds.IsUuid(serverNodeId))
        {
            throw new ArgumentException($"\"{serverNodeId}\" is not a UUID", nameof(serverNodeId));
        }

        _listener = new TcpListener(endpoint);
        _events = events;
        _time = time;
        _serverNodeId = serverNodeId;
        _maxMessageBytes = maxMessageBytes;
    }

    /// <summary>Accepted and rejected message counts per node.</summary>
    public SapientCounters Counters { get; } = new();

    /// <summary>The bound address, with the real port when 0 was asked for. Valid after <see cref="Start"/>.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Binds and starts accepting nodes.</summary>
    /// <exception cref="InvalidOperationException">Already started.</exception>
    /// <exception cref="SocketException">The endpoint cannot be bound.</exception>
    public void Start()
    {
        if (_acceptLoop is not null)
        {
            throw new InvalidOperationException("the server is already started");
        }

        _listener.Start();
        _acceptLoop = AcceptLoopAsync(_stop.Token);
    }

    /// <summary>Stops accepting, closes every connection and waits for their tasks.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var task = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
            lock (_connections)
            {
                _connections.RemoveAll(t => t.IsCompleted);
                _connections.Add(task);
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            string remote = client.Client.RemoteEndPoint?.ToString() ?? "unknown";
            var connection = new Connection(this, client.GetStream(), "unregistered " + remote);
            try
            {
                await connection.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or ChannelClosedException)
            {
                // The server is stopping, the node went away, or the consumer closed the event channel.
            }
        }
    }

    /// <summary>One node connection: registration state and the replies it gets.</summary>
    private sealed class Connection(SapientServer server, NetworkStream stream, string unregisteredName)
    {
        private string? _nodeId;

        private string Name => _nodeId ?? unregisteredName;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var reader = new SapientFrameReader(stream, server._maxMessageBytes);
            while (true)
            {
                var frame = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                switch (frame.Status)
                {
                    case SapientFrameStatus.End:
                        return;
                    case SapientFrameStatus.Broken:
                        server.Counters.Reject(Name, "broken framing");
                        return;
                    case SapientFrameStatus.Malformed:
                        server.Counters.Reject(Name, "not a SapientMessage");
                        await ReplyErrorAsync(frame.Packet, [frame.Error!.Value.Reason], cancellationToken).ConfigureAwait(false);
                        continue;
                }

                if (!await HandleAsync(frame.Message!, frame.Packet, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        /// <summary>Handles one parsed message; false when the connection must close.</summary>
        private async Task<bool> HandleAsync(SapientMessage message, ReadOnlyMemory<byte> packet, CancellationToken cancellationToken)
        {
            var problems = SapientValidator.Validate(message);
            if (message.ContentCase == SapientMessage.ContentOneofCase.Registration && _nodeId is null)
            {
                if (problems.Count > 0)
                {
                    server.Counters.Reject(Name, "invalid registration");
                    await SendAsync(SapientMessages.RegistrationAck(server._serverNodeId, message.NodeId, server._time.GetUtcNow(), false, problems.Select(p => p.ToString())), cancellationToken).ConfigureAwait(false);
                    return false;
                }

                _nodeId = message.NodeId;
                server.Counters.Accept(Name);
                await SendAsync(SapientMessages.RegistrationAck(server._serverNodeId, _nodeId, server._time.GetUtcNow(), true), cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (_nodeId is null)
            {
                server.Counters.Reject(Name, "message before registration");
                await ReplyErrorAsync(packet, ["the node has not registered: the first message must be a Registration"], cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (problems.Count > 0)
            {
                server.Counters.Reject(Name, "invalid: " + CountingKey(problems[0]));
                await ReplyErrorAsync(packet, problems.Select(p => p.ToString()), cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (!string.Equals(message.NodeId, _nodeId, StringComparison.OrdinalIgnoreCase))
            {
                server.Counters.Reject(Name, "node_id differs from the registered node");
                await ReplyErrorAsync(packet, [$"node_id {message.NodeId} is not the node registered on this connection"], cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (message.ContentCase == SapientMessage.ContentOneofCase.Registration)
            {
                server.Counters.Accept(Name);
                await SendAsync(SapientMessages.RegistrationAck(server._serverNodeId, _nodeId, server._time.GetUtcNow(), true), cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (!SapientEvents.TryCreate(message, server._time.GetUtcNow(), out var evt, out string reason))
            {
                server.Counters.Reject(Name, reason);
                await ReplyErrorAsync(packet, [reason], cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (evt is not null)
            {
                // Back-pressure: with a full bounded channel this waits, and so does the reading of this connection.
                await server._events.WriteAsync(evt, cancellationToken).ConfigureAwait(false);
            }

            server.Counters.Accept(Name);
            return true;
        }

        // Counting keys drop list indices so that reasons stay few: "detection_report.location.x: missing".
        private static string CountingKey(SapientProblem problem) =>
            System.Text.RegularExpressions.Regex.Replace(problem.Path, @"\[\d+\]", "") + ": " + problem.Reason;

        private ValueTask ReplyErrorAsync(ReadOnlyMemory<byte> packet, IEnumerable<string> reasons, CancellationToken cancellationToken) =>
            SendAsync(SapientMessages.Error(server._serverNodeId, _nodeId, server._time.GetUtcNow(), packet.Span, reasons), cancellationToken);

        private ValueTask SendAsync(SapientMessage message, CancellationToken cancellationToken) =>
            SapientFrames.WriteAsync(stream, message, cancellationToken);
    }
}
