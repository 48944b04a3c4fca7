using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Channels;
using Vigil.Core;

namespace Vigil.Server.Live;

/// <summary>
/// The current air picture: the last state of every track, a short trail of each, and a bounded history
/// for the time slider. Sources <see cref="Apply"/> updates and <see cref="Remove"/> tracks, then
/// <see cref="Commit"/>; the publisher loop (<see cref="RunPublisherAsync"/>) turns what changed into
/// <c>tracks</c> events (up to <see cref="TracksPerEvent"/> tracks each) and binary change frames (up
/// to <see cref="TrackFrames.MaxTracks"/> each), each serialised once and shared by every stream that
/// wants it, and only while one does. A track appears in
/// the stream at most once per <see cref="TrackGap"/>: further updates within it are held and the latest
/// is sent when the gap has passed. Thread-safe.
/// </summary>
public sealed class LivePicture
{
    /// <summary>The SSE event name of track batches.</summary>
    public const string TracksEvent = "tracks";

    /// <summary>
    /// The least time between two sends of one track: 0.9 s, so that a track updated once a second is
    /// sent once a second (the 0.1 s absorbs timer jitter) and one updated faster is coalesced.
    /// </summary>
    public static readonly TimeSpan TrackGap = TimeSpan.FromMilliseconds(900);

    /// <summary>The least time between two batches (sources committing more often are coalesced).</summary>
    public static readonly TimeSpan BatchGap = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The most tracks one <c>tracks</c> event carries; a larger batch goes out as several events (the
    /// removed ids with the last), so that each stays under 64 KB and the runtime's large-object heap.
    /// </summary>
    public const int TracksPerEvent = 256;

    /// <summary>The spacing of a track's short trail.</summary>
    public static readonly TimeSpan TrailSpacing = TimeSpan.FromSeconds(2);

    /// <summary>Points in a track's short trail (with <see cref="TrailSpacing"/>, the last two minutes).</summary>
    public const int TrailLength = 60;

    /// <summary>The spacing of history frames before the point budget widens it.</summary>
    public static readonly TimeSpan HistoryInterval = TimeSpan.FromSeconds(5);

    private static readonly JsonEncodedText SentName = JsonEncodedText.Encode("sent");
    private static readonly JsonEncodedText SnapshotName = JsonEncodedText.Encode("snapshot");
    private static readonly JsonEncodedText TracksName = JsonEncodedText.Encode("tracks");
    private static readonly JsonEncodedText RemovedName = JsonEncodedText.Encode("removed");
    private static readonly JsonEncodedText HistoryFromName = JsonEncodedText.Encode("historyFrom");

    private readonly Lock _state = new();
    private readonly Lock _publish = new();
    private readonly TimeProvider _clock;
    private readonly EventHub _hub;
    private readonly PictureHistory _history;
    private readonly Dictionary<int, int> _slotOf = [];
    private readonly Stack<int> _free = new();
    private readonly List<int> _removed = [];
    private readonly List<LiveTrack> _frameScratch = [];
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<LiveTrack> _batch = [];
    private readonly List<TrackId> _batchRemoved = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private readonly TrackFrames _frames = new();
    private Slot[] _slots = new Slot[64];
    private long[] _trailTicks = new long[64 * TrailLength];
    private int[] _trailLat = new int[64 * TrailLength];
    private int[] _trailLon = new int[64 * TrailLength];
    private int _highWater;
    private List<int> _dirty = [];
    private List<int> _held = [];
    private long _atTicks;
    private long _batches;
    private long _sent;
    private long _frameCount;

    /// <summary>Creates an empty picture publishing on <paramref name="hub"/>, timed by the server's clock.</summary>
    public LivePicture(ServerOptions options, EventHub hub)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hub);
        _clock = options.Clock;
        _hub = hub;
        _history = new PictureHistory(HistoryInterval, options.History, options.HistoryPoints);
        _json = new Utf8JsonWriter(_buffer, TrackJson.WriterOptions);
    }

    /// <summary>The picture's time: the latest state time applied; null while the picture is empty since start or reset.</summary>
    public DateTimeOffset? At
    {
        get
        {
            lock (_state)
            {
                return _atTicks == 0 ? null : new DateTimeOffset(_atTicks, TimeSpan.Zero);
            }
        }
    }

    /// <summary>How many tracks the picture holds.</summary>
    public int Count
    {
        get
        {
            lock (_state)
            {
                return _slotOf.Count;
            }
        }
    }

    /// <summary>How many <c>tracks</c> events and change frames were published, and how many track states went out (once per batch, whatever the formats).</summary>
    public (long Batches, long Frames, long Tracks) Published
    {
        get
        {
            lock (_publish)
            {
                return (_batches, _frameCount, _sent);
            }
        }
    }

    /// <summary>The history's current frame spacing and size.</summary>
    public (TimeSpan Interval, int Frames, long Points, DateTimeOffset? From) History
    {
        get
        {
            lock (_state)
            {
                return (_history.Interval, _history.Frames, _history.Points, _history.From);
            }
        }
    }

    /// <summary>Takes the new states of tracks (a track not yet in the picture is added). Allocates nothing per track once the picture has grown.</summary>
    public void Apply(ReadOnlySpan<LiveTrack> tracks)
    {
        lock (_state)
        {
            foreach (ref readonly LiveTrack t in tracks)
            {
                long at = t.At.UtcTicks;
                if (at >= _history.NextDueTicks)
                {
                    TakeFrame(at);
                }
                else if (_history.NextDueTicks == long.MaxValue)
                {
                    _history.Start(at);
                }

                if (!_slotOf.TryGetValue(t.Id.Value, out int slot))
                {
                    slot = Allocate();
                    _slotOf[t.Id.Value] = slot;
                }

                ref Slot s = ref _slots[slot];
                s.Track = t;
                if (!s.Dirty)
                {
                    s.Dirty = true;
                    _dirty.Add(slot);
                }

                if (s.TrailCount == 0 || at - s.TrailLastTicks >= TrailSpacing.Ticks)
                {
                    int k = (slot * TrailLength) + ((s.TrailHead + s.TrailCount) % TrailLength);
                    _trailTicks[k] = at;
                    _trailLat[k] = TrailPoint.E6(t.Position.LatitudeDeg);
                    _trailLon[k] = TrailPoint.E6(t.Position.LongitudeDeg);
                    if (s.TrailCount < TrailLength)
                    {
                        s.TrailCount++;
                    }
                    else
                    {
                        s.TrailHead = (s.TrailHead + 1) % TrailLength;
                    }

                    s.TrailLastTicks = at;
                }

                if (at > _atTicks)
                {
                    _atTicks = at;
                }
            }
        }
    }

    /// <summary>Removes tracks (deleted by their tracker); ids not in the picture are ignored.</summary>
    public void Remove(ReadOnlySpan<TrackId> ids)
    {
        lock (_state)
        {
            foreach (TrackId id in ids)
            {
                if (_slotOf.Remove(id.Value, out int slot))
                {
                    if (_slots[slot].Announced)
                    {
                        _removed.Add(id.Value);
                    }

                    _slots[slot] = default;
                    _free.Push(slot);
                }
            }
        }
    }

    /// <summary>Empties the picture and its history (a replay starting over); the stream reports every track removed.</summary>
    public void Reset()
    {
        lock (_state)
        {
            foreach ((int id, int slot) in _slotOf)
            {
                if (_slots[slot].Announced)
                {
                    _removed.Add(id);
                }
            }

            _slotOf.Clear();
            Array.Clear(_slots, 0, _highWater);
            _free.Clear();
            _highWater = 0;
            _dirty.Clear();
            _history.Clear();
            _atTicks = 0;
        }

        Commit();
    }

    /// <summary>Tells the publisher that updates are ready to go out (it sends them at most every <see cref="BatchGap"/>).</summary>
    public void Commit() => _signal.Writer.TryWrite(true);

    /// <summary>
    /// Publishes what changed whenever a source commits, at most every <see cref="BatchGap"/>, and again
    /// when held tracks come due; runs until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task RunPublisherAsync(CancellationToken cancellationToken)
    {
        long lastTicks = long.MinValue / 2;
        long heldDue = long.MaxValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                ValueTask<bool> signalled = _signal.Reader.WaitToReadAsync(cancellationToken);
                if (heldDue == long.MaxValue || signalled.IsCompleted)
                {
                    await signalled.ConfigureAwait(false);
                }
                else
                {
                    TimeSpan wait = TimeSpan.FromTicks(Math.Max(0, heldDue - _clock.GetUtcNow().UtcTicks));
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    Task delay = Task.Delay(wait, _clock, cts.Token);
                    await Task.WhenAny(signalled.AsTask(), delay).ConfigureAwait(false);
                    await cts.CancelAsync().ConfigureAwait(false);
                }

                _signal.Reader.TryRead(out _);
                long since = _clock.GetUtcNow().UtcTicks - lastTicks;
                if (since < BatchGap.Ticks)
                {
                    await Task.Delay(TimeSpan.FromTicks(BatchGap.Ticks - since), _clock, cancellationToken).ConfigureAwait(false);
                }

                heldDue = Flush();
                lastTicks = _clock.GetUtcNow().UtcTicks;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Publishes one <c>tracks</c> event with the tracks changed since the last (those sent within
    /// <see cref="TrackGap"/> are held) and the ids removed; returns when held tracks come due (UTC
    /// ticks), or <see cref="long.MaxValue"/>.
    /// </summary>
    internal long Flush()
    {
        lock (_publish)
        {
            long now = _clock.GetUtcNow().UtcTicks;
            long heldDue = long.MaxValue;
            long at;
            DateTimeOffset? historyFrom;
            bool json = _hub.Wanting(StreamTopics.Tracks) > 0;
            bool frames = _hub.Wanting(StreamTopics.Frames) > 0;
            lock (_state)
            {
                _batch.Clear();
                _batchRemoved.Clear();
                foreach (int slot in _dirty)
                {
                    ref Slot s = ref _slots[slot];
                    if (!s.Dirty)
                    {
                        continue;
                    }

                    if (now - s.SentTicks >= TrackGap.Ticks)
                    {
                        _batch.Add(s.Track);
                        s.Dirty = false;
                        s.Announced = true;
                        s.SentTicks = now;
                    }
                    else
                    {
                        _held.Add(slot);
                        heldDue = Math.Min(heldDue, s.SentTicks + TrackGap.Ticks);
                    }
                }

                (_dirty, _held) = (_held, _dirty);
                _held.Clear();
                foreach (int id in _removed)
                {
                    if (!_slotOf.ContainsKey(id))
                    {
                        _batchRemoved.Add(new TrackId(id));
                    }
                }

                _removed.Clear();
                at = _atTicks;
                historyFrom = _history.From;
            }

            for (int from = 0; json && (from < _batch.Count || (from == 0 && _batchRemoved.Count > 0)); from += TracksPerEvent)
            {
                int count = Math.Min(TracksPerEvent, _batch.Count - from);
                bool last = from + count >= _batch.Count;
                _hub.Publish(new ServerEvent(TracksEvent, WriteBatch(at, now, from, count, withRemoved: last)), StreamTopics.Tracks);
                _batches++;
            }

            ReadOnlySpan<LiveTrack> batch = CollectionsMarshal.AsSpan(_batch);
            var times = new TrackFrames.Times(AtOrNull(at), new DateTimeOffset(now, TimeSpan.Zero), historyFrom);
            for (int from = 0; frames && (from < batch.Length || (from == 0 && _batchRemoved.Count > 0)); from += TrackFrames.MaxTracks)
            {
                int count = Math.Min(TrackFrames.MaxTracks, batch.Length - from);
                bool last = from + count >= batch.Length;
                byte[] frame = _frames.Changes(times, batch.Slice(from, count), last ? CollectionsMarshal.AsSpan(_batchRemoved) : []);
                _hub.Publish(new ServerEvent(TrackFrames.EventName, frame), StreamTopics.Frames);
                _frameCount++;
            }

            if (json || frames)
            {
                _sent += _batch.Count;
            }

            return heldDue;
        }
    }

    /// <summary>
    /// Opens a stream subscription to <paramref name="topics"/> and, when it wants tracks (JSON or
    /// frames), gives the snapshot to send first (every track; with <paramref name="trail"/>, each one's
    /// trail over that much picture time): no batch is published between the two, so the batches queued
    /// after it carry exactly what changed since. Without tracks, <paramref name="snapshot"/> is null.
    /// </summary>
    internal EventHub.Subscription Subscribe(int capacity, StreamTopics topics, TimeSpan? trail, out PictureView? snapshot)
    {
        lock (_publish)
        {
            EventHub.Subscription subscription = _hub.Subscribe(capacity, topics);
            snapshot = WantsTracks(topics) ? SnapshotLocked(trail) : null;
            return subscription;
        }
    }

    /// <summary>
    /// After a subscriber lost events: empties its queue (keeping the events other than tracks in
    /// <paramref name="kept"/>, to send before) and gives a fresh snapshot that replaces the lost
    /// batches (null when the subscriber wants no tracks).
    /// </summary>
    internal PictureView? Resync(EventHub.Subscription subscription, List<ServerEvent> kept, TimeSpan? trail)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(kept);
        lock (_publish)
        {
            while (subscription.Reader.TryRead(out ServerEvent e))
            {
                if (e.Name is not (TracksEvent or TrackFrames.EventName))
                {
                    kept.Add(e);
                }
            }

            return WantsTracks(subscription.Topics) ? SnapshotLocked(trail) : null;
        }
    }

    private static bool WantsTracks(StreamTopics topics) => (topics & (StreamTopics.Tracks | StreamTopics.Frames)) != 0;

    /// <summary>The picture now, tracks in id order; with <paramref name="trail"/>, each track's trail over that much picture time.</summary>
    internal PictureView Current(TimeSpan? trail)
    {
        lock (_state)
        {
            return CurrentLocked(trail);
        }
    }

    private PictureView CurrentLocked(TimeSpan? trail)
    {
        var view = new PictureView(_atTicks == 0 ? null : new DateTimeOffset(_atTicks, TimeSpan.Zero), _history.From, trail is null ? null : []);
        foreach (int slot in SlotsInIdOrder())
        {
            view.Tracks.Add(_slots[slot].Track);
            if (trail is { } span)
            {
                var points = new List<TrailPoint>();
                TrailOf(slot, _atTicks - span.Ticks, points);
                view.Trails!.Add([.. points]);
            }
        }

        return view;
    }

    /// <summary>
    /// The picture as the history kept it at <paramref name="at"/> (its newest frame at or before), or the
    /// current picture when <paramref name="at"/> is at or after the picture's time; null when the history
    /// does not reach back to <paramref name="at"/>.
    /// </summary>
    internal PictureView? AtTime(DateTimeOffset at, TimeSpan? trail)
    {
        lock (_state)
        {
            long ticks = at.UtcTicks;
            if (_atTicks != 0 && ticks >= _atTicks)
            {
                return CurrentLocked(trail);
            }

            int frame = _history.FrameAtOrBefore(ticks);
            if (frame < 0)
            {
                return null;
            }

            DateTimeOffset frameAt = _history.FrameTime(frame);
            var view = new PictureView(frameAt, _history.From, trail is null ? null : []);
            _history.Tracks(frame, view.Tracks);
            if (trail is { } span)
            {
                foreach (LiveTrack t in view.Tracks)
                {
                    var points = new List<TrailPoint>();
                    _history.Trail(t.Id, frameAt.UtcTicks - span.Ticks, long.MaxValue, frame, points);
                    view.Trails!.Add([.. points]);
                }
            }

            return view;
        }
    }

    /// <summary>One track and its whole trail (history, then the short trail, then now); a track no longer in the picture as the history last saw it; null when unknown.</summary>
    internal (LiveTrack Track, TrailPoint[] Trail)? One(TrackId id)
    {
        lock (_state)
        {
            var points = new List<TrailPoint>();
            if (_slotOf.TryGetValue(id.Value, out int slot))
            {
                TrailOf(slot, long.MinValue, points);
                return (_slots[slot].Track, [.. points]);
            }

            if (_history.Last(id) is not { } last)
            {
                return null;
            }

            _history.Trail(id, long.MinValue, long.MaxValue, _history.Frames - 1, points);
            return (last, [.. points]);
        }
    }

    /// <summary>Writes a snapshot as the <c>tracks</c> event's data: <c>{"at", "sent", "snapshot": true, "tracks": […], "removed": []}</c>.</summary>
    internal static void WriteSnapshot(Utf8JsonWriter w, PictureView view, DateTimeOffset sent)
    {
        w.WriteStartObject();
        WriteTimeOrNull(w, TrackJson.AtName, view.At);
        TrackJson.WriteTime(w, SentName, sent);
        w.WriteBoolean(SnapshotName, true);
        w.WriteStartArray(TracksName);
        foreach (LiveTrack t in view.Tracks)
        {
            TrackJson.Write(w, t);
        }

        w.WriteEndArray();
        w.WriteStartArray(RemovedName);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes <c>{"at", "historyFrom", "tracks": […]}</c>.</summary>
    internal static void Write(Utf8JsonWriter w, PictureView view)
    {
        w.WriteStartObject();
        WriteTimeOrNull(w, TrackJson.AtName, view.At);
        WriteTimeOrNull(w, HistoryFromName, view.HistoryFrom);
        w.WriteStartArray(TracksName);
        for (int i = 0; i < view.Tracks.Count; i++)
        {
            TrackJson.Write(w, view.Tracks[i], view.Trails is not null, view.Trails is null ? default : view.Trails[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTimeOrNull(Utf8JsonWriter w, JsonEncodedText name, DateTimeOffset? t)
    {
        if (t is { } value)
        {
            TrackJson.WriteTime(w, name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>History points before the short trail, the short trail, then the current state, from <paramref name="fromTicks"/> on.</summary>
    private void TrailOf(int slot, long fromTicks, List<TrailPoint> into)
    {
        ref Slot s = ref _slots[slot];
        long firstLive = s.TrailCount == 0 ? long.MaxValue : _trailTicks[(slot * TrailLength) + s.TrailHead];
        _history.Trail(s.Track.Id, fromTicks, firstLive, _history.Frames - 1, into);
        for (int i = 0; i < s.TrailCount; i++)
        {
            int k = (slot * TrailLength) + ((s.TrailHead + i) % TrailLength);
            if (_trailTicks[k] >= fromTicks)
            {
                into.Add(new TrailPoint(_trailTicks[k], _trailLat[k], _trailLon[k]));
            }
        }

        long at = s.Track.At.UtcTicks;
        if (at >= fromTicks && (into.Count == 0 || into[^1].Ticks < at))
        {
            into.Add(new TrailPoint(at, TrailPoint.E6(s.Track.Position.LatitudeDeg), TrailPoint.E6(s.Track.Position.LongitudeDeg)));
        }
    }

    private List<int> SlotsInIdOrder()
    {
        var ids = new List<KeyValuePair<int, int>>(_slotOf);
        ids.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        return ids.ConvertAll(static kv => kv.Value);
    }

    /// <summary>The picture now for a new or resynced stream; every track in it counts as announced (its removal will be sent).</summary>
    private PictureView SnapshotLocked(TimeSpan? trail)
    {
        lock (_state)
        {
            foreach (int slot in _slotOf.Values)
            {
                _slots[slot].Announced = true;
            }

            return CurrentLocked(trail);
        }
    }

    private static DateTimeOffset? AtOrNull(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);

    /// <summary>
    /// <c>{"at", "sent", "tracks": […], "removed": […]}</c> with <paramref name="count"/> tracks of the
    /// batch list from <paramref name="from"/> and, when <paramref name="withRemoved"/>, the removed ids; one array for every subscriber.
    /// </summary>
    private byte[] WriteBatch(long atTicks, long sentTicks, int from, int count, bool withRemoved)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        WriteTimeOrNull(_json, TrackJson.AtName, AtOrNull(atTicks));
        TrackJson.WriteTime(_json, SentName, new DateTimeOffset(sentTicks, TimeSpan.Zero));
        _json.WriteStartArray(TracksName);
        for (int i = from; i < from + count; i++)
        {
            TrackJson.Write(_json, _batch[i]);
        }

        _json.WriteEndArray();
        _json.WriteStartArray(RemovedName);
        if (withRemoved)
        {
            foreach (TrackId id in _batchRemoved)
            {
                TrackJson.WriteIdValue(_json, id);
            }
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    private void TakeFrame(long nowTicks)
    {
        _frameScratch.Clear();
        foreach (int slot in _slotOf.Values)
        {
            _frameScratch.Add(_slots[slot].Track);
        }

        _history.Take(_frameScratch, nowTicks);
    }

    private int Allocate()
    {
        int slot;
        if (_free.Count > 0)
        {
            slot = _free.Pop();
        }
        else
        {
            if (_highWater == _slots.Length)
            {
                int size = _slots.Length * 2;
                Array.Resize(ref _slots, size);
                Array.Resize(ref _trailTicks, size * TrailLength);
                Array.Resize(ref _trailLat, size * TrailLength);
                Array.Resize(ref _trailLon, size * TrailLength);
            }

            slot = _highWater++;
        }

        _slots[slot] = new Slot { SentTicks = long.MinValue / 2 };
        return slot;
    }

    /// <summary>One track's place: its state, whether it waits to be sent, whether any client has seen it (only those are reported removed), when it was last sent, its trail ring.</summary>
    private struct Slot
    {
        public LiveTrack Track;
        public bool Dirty;
        public bool Announced;
        public long SentTicks;
        public long TrailLastTicks;
        public int TrailHead;
        public int TrailCount;
    }
}
