using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Vigil.Sensors.Ingest;

/// <summary>
/// Receives UDP datagrams on one endpoint and writes them to a channel. A bounded channel gives
/// back-pressure: while it is full the listener waits, and further datagrams queue in the socket's
/// receive buffer (sized by <see cref="ReceiveBufferBytes"/>) rather than in unbounded memory.
/// </summary>
public sealed class UdpListener : IDisposable
{
    /// <summary>The socket receive buffer asked of the kernel.</summary>
    public const int ReceiveBufferBytes = 8 << 20;

    private const int MaxDatagram = 65_535;
    private readonly Socket _socket;
    private readonly TimeProvider _clock;
    private long _received;

    /// <summary>Binds a listener to <paramref name="endpoint"/> (port 0 picks a free port, see <see cref="LocalEndPoint"/>).</summary>
    public UdpListener(IPEndPoint endpoint, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = ReceiveBufferBytes };
        _socket.Bind(endpoint);
    }

    /// <summary>The endpoint bound.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>Datagrams received so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Receives until cancelled, writing each datagram to <paramref name="output"/>; completes the channel when it stops.</summary>
    public async Task RunAsync(ChannelWriter<ReceivedDatagram> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new byte[MaxDatagram];
        EndPoint any = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        try
        {
            while (true)
            {
                SocketReceiveFromResult got = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
                var datagram = new ReceivedDatagram(buffer.AsSpan(0, got.ReceivedBytes).ToArray(), (IPEndPoint)got.RemoteEndPoint, _clock.GetUtcNow());
                await output.WriteAsync(datagram, cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _received);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            output.TryComplete();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _socket.Dispose();
}
