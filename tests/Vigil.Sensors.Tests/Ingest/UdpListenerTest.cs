using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Vigil.Sensors.Ingest;

namespace Vigil.Sensors.Tests.Ingest;

public class UdpListenerTest
{
    [Fact]
    public async Task Every_datagram_arrives_through_a_full_bounded_channel()
    {
        using var listener = new UdpListener(new IPEndPoint(IPAddress.Loopback, 0), TimeProvider.System);
        var channel = Channel.CreateBounded<ReceivedDatagram>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Task run = listener.RunAsync(channel.Writer, cancel.Token);

        using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        const int count = 2_000;
        for (int i = 0; i < count; i++)
        {
            await sender.SendToAsync(BitConverter.GetBytes(i), listener.LocalEndPoint);
        }

        // The reader starts only now: the listener waited on the full channel and the kernel held the rest.
        var got = new List<int>();
        while (got.Count < count)
        {
            ReceivedDatagram datagram = await channel.Reader.ReadAsync(cancel.Token);
            got.Add(BitConverter.ToInt32(datagram.Payload));
            Assert.Equal(IPAddress.Loopback, datagram.Source.Address);
        }

        Assert.Equal(Enumerable.Range(0, count), got);
        Assert.Equal(count, listener.Received);
        await cancel.CancelAsync();
        await run;
        Assert.True(channel.Reader.Completion.IsCompleted);
    }
}
