using System.Threading.Channels;

namespace Vigil.Server.Live;

/// <summary>
/// Fans server events out to every open stream. Each subscriber has its own bounded queue; a
/// subscriber too slow to keep up loses events, and its <see cref="Subscription.Dropped"/> counts them
/// (the stream tells the client, which re-reads the snapshot). Publishing never blocks.
/// </summary>
public sealed class EventHub
{
    private readonly Lock _lock = new();
    private Subscription[] _subscribers = [];

    /// <summary>How many streams are open.</summary>
    public int Subscribers => Volatile.Read(ref _subscribers).Length;

    /// <summary>How many open streams want <paramref name="topic"/> (one topic).</summary>
    public int Wanting(StreamTopics topic)
    {
        int n = 0;
        foreach (Subscription s in Volatile.Read(ref _subscribers))
        {
            if ((s.Topics & topic) != 0)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Sends <paramref name="e"/> to every subscriber that wants <paramref name="topic"/>.</summary>
    public void Publish(ServerEvent e, StreamTopics topic = StreamTopics.Events)
    {
        foreach (Subscription s in Volatile.Read(ref _subscribers))
        {
            if ((s.Topics & topic) != 0)
            {
                s.Offer(e);
            }
        }
    }

    /// <summary>Opens a subscription to <paramref name="topics"/> with room for <paramref name="capacity"/> events; dispose it to close.</summary>
    public Subscription Subscribe(int capacity = 1024, StreamTopics topics = StreamTopics.Tracks | StreamTopics.Events)
    {
        var s = new Subscription(this, capacity, topics);
        lock (_lock)
        {
            _subscribers = [.. _subscribers, s];
        }

        return s;
    }

    private void Remove(Subscription s)
    {
        lock (_lock)
        {
            _subscribers = [.. _subscribers.Where(x => x != s)];
        }
    }

    /// <summary>One subscriber's queue.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly EventHub _hub;
        private readonly Channel<ServerEvent> _channel;
        private long _dropped;

        internal Subscription(EventHub hub, int capacity, StreamTopics topics)
        {
            _hub = hub;
            Topics = topics;
            _channel = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropWrite,
                SingleReader = true,
            }, _ => Interlocked.Increment(ref _dropped));
        }

        /// <summary>What the subscriber receives.</summary>
        public StreamTopics Topics { get; }

        /// <summary>The events, in the order they were published.</summary>
        public ChannelReader<ServerEvent> Reader => _channel.Reader;

        /// <summary>How many events this subscriber lost because its queue was full.</summary>
        public long Dropped => Interlocked.Read(ref _dropped);

        internal void Offer(ServerEvent e)
        {
            _channel.Writer.TryWrite(e);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _hub.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
