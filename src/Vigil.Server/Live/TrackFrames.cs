using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// Writes track frames (docs/track-frames.md): the live picture in binary, a 48-byte header, then
/// strings, 32-byte track records, removed ids and optional trails. An instance keeps its scratch
/// space (the string table, trail counts) between frames, so a frame costs no allocation but its
/// bytes; it is not thread-safe.
/// </summary>
internal sealed class TrackFrames
{
    /// <summary>The media type of a sequence of frames.</summary>
    public const string MediaType = "application/vnd.vigil.tracks";

    /// <summary>The hub's name for a published change frame (never written to the SSE stream).</summary>
    public const string EventName = "track-frames";

    /// <summary>Bytes of the header (the length field included).</summary>
    public const int HeaderBytes = 48;

    /// <summary>Bytes of one track record.</summary>
    public const int RecordBytes = 32;

    /// <summary>Bytes of one trail point.</summary>
    public const int PointBytes = 12;

    /// <summary>The most tracks one frame carries.</summary>
    public const int MaxTracks = 1024;

    /// <summary>
    /// The most trail points one snapshot carries, in all its frames: as many as the dashboard's ring
    /// of trail segments holds, so that every track's trail fits, thinned alike.
    /// </summary>
    public const int MaxTrailPoints = 65_536;

    /// <summary>The format's version.</summary>
    public const byte Version = 1;

    /// <summary>A string index meaning none.</summary>
    public const ushort NoString = ushort.MaxValue;

    private const int MaxStringBytes = ushort.MaxValue;

    private readonly Dictionary<string, ushort> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly int[] _trailCounts = new int[MaxTracks];
    private readonly bool[] _trailNow = new bool[MaxTracks];

    /// <summary>Frame kinds.</summary>
    public enum Kind : byte
    {
        /// <summary>The first frame of a snapshot: the client empties its picture.</summary>
        Snapshot = 1,

        /// <summary>Tracks to apply and ids removed.</summary>
        Changes = 2,

        /// <summary>The stream lost frames; a snapshot follows.</summary>
        Dropped = 3,

        /// <summary>Nothing happened for a while.</summary>
        Heartbeat = 4,
    }

    /// <summary>The three times of a header.</summary>
    /// <param name="At">The picture's time, null while it is empty.</param>
    /// <param name="Sent">The server's clock when the frame was written.</param>
    /// <param name="HistoryFrom">The oldest time the history keeps, null when none.</param>
    public readonly record struct Times(DateTimeOffset? At, DateTimeOffset Sent, DateTimeOffset? HistoryFrom);

    /// <summary>
    /// Writes <paramref name="view"/> as a snapshot: one kind-1 frame, then kind-2 frames of at most
    /// <see cref="MaxTracks"/> tracks; with trails, each track's newest points, at most
    /// <see cref="MaxTrailPoints"/> in all.
    /// </summary>
    public void WriteSnapshot(IBufferWriter<byte> output, PictureView view, DateTimeOffset sent)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        var times = new Times(view.At, sent, view.HistoryFrom);
        ReadOnlySpan<LiveTrack> tracks = CollectionsMarshal.AsSpan(view.Tracks);
        ReadOnlySpan<TrailPoint[]> trails = view.Trails is null ? default : CollectionsMarshal.AsSpan(view.Trails);
        int cap = TrailCap(tracks.Length);
        int from = 0;
        do
        {
            int count = Math.Min(MaxTracks, tracks.Length - from);
            bool withTrails = view.Trails is not null;
            Write(output, from == 0 ? Kind.Snapshot : Kind.Changes, times, tracks.Slice(from, count), [],
                withTrails ? trails.Slice(from, count) : default, withTrails, cap);
            from += count;
        }
        while (from < tracks.Length);
    }

    /// <summary>The most trail points each of <paramref name="tracks"/> tracks keeps in a snapshot: max(2, ⌊65,536 / tracks⌋), and no more than a u16 counts.</summary>
    public static int TrailCap(int tracks) => Math.Min(ushort.MaxValue, Math.Max(2, MaxTrailPoints / Math.Max(1, tracks)));

    /// <summary>One kind-2 frame of changes (at most <see cref="MaxTracks"/> tracks), in an array of its own (published to every binary stream).</summary>
    public byte[] Changes(in Times times, ReadOnlySpan<LiveTrack> tracks, ReadOnlySpan<TrackId> removed)
    {
        int size = Prepare(tracks, removed.Length, default, withTrails: false, 0, out int points);
        byte[] frame = new byte[size];
        Fill(frame, Kind.Changes, times, tracks, removed, default, points);
        return frame;
    }

    /// <summary>
    /// Writes one kind-1 or kind-2 frame of at most <see cref="MaxTracks"/> tracks; with
    /// <paramref name="trails"/> (one per track, oldest first), each track's newest
    /// <paramref name="trailCap"/> points, ending with its current position.
    /// </summary>
    public void Write(IBufferWriter<byte> output, Kind kind, in Times times, ReadOnlySpan<LiveTrack> tracks, ReadOnlySpan<TrackId> removed,
        ReadOnlySpan<TrailPoint[]> trails, int trailCap) =>
        Write(output, kind, times, tracks, removed, trails, withTrails: true, trailCap);

    /// <summary>Writes one kind-1 or kind-2 frame without trails.</summary>
    public void Write(IBufferWriter<byte> output, Kind kind, in Times times, ReadOnlySpan<LiveTrack> tracks, ReadOnlySpan<TrackId> removed) =>
        Write(output, kind, times, tracks, removed, default, withTrails: false, 0);

    /// <summary>Writes a kind-3 frame: <paramref name="lost"/> events lost since the last dropped frame, <paramref name="total"/> in all (each clamped to a u32).</summary>
    public static void WriteDropped(IBufferWriter<byte> output, in Times times, long lost, long total)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> frame = output.GetSpan(HeaderBytes + 8)[..(HeaderBytes + 8)];
        WriteHeader(frame, Kind.Dropped, times, 0, 0, 0, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[HeaderBytes..], U32(lost));
        BinaryPrimitives.WriteUInt32LittleEndian(frame[(HeaderBytes + 4)..], U32(total));
        output.Advance(frame.Length);
    }

    /// <summary>Writes a kind-4 frame: the header alone.</summary>
    public static void WriteHeartbeat(IBufferWriter<byte> output, in Times times)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> frame = output.GetSpan(HeaderBytes)[..HeaderBytes];
        WriteHeader(frame, Kind.Heartbeat, times, 0, 0, 0, 0);
        output.Advance(frame.Length);
    }

    /// <summary>Milliseconds since 1970-01-01 UTC, NaN for none.</summary>
    public static double UnixMs(DateTimeOffset? t) => t is { } v ? (v.UtcTicks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerMillisecond : double.NaN;

    /// <summary>Degrees to microdegrees, rounded; NaN is 0 and the result is clamped to an i32.</summary>
    public static int E6(double deg) => Clamp(deg * 1e6, int.MinValue, int.MaxValue);

    /// <summary>Altitude in whole metres, clamped to ±32,767.</summary>
    public static short AltitudeM(double m) => (short)Clamp(m, -short.MaxValue, short.MaxValue);

    /// <summary>Speed in 0.1 m/s, clamped to 0 … 65,535.</summary>
    public static ushort SpeedDm(double mps) => (ushort)Clamp(mps * 10, 0, ushort.MaxValue);

    /// <summary>
    /// Heading in 0.01°, 0 … 35,999: the angle is brought into [0°, 360°) and rounded; a heading
    /// that rounds up to 360° is north, 0 (as the JSON's <c>headingDeg</c>, <see cref="HeadingDeg"/>).
    /// </summary>
    public static ushort HeadingCdeg(double deg) => (ushort)(Clamp(HeadingDeg(deg) * 100, 0, 36_000) % 36_000);

    /// <summary>An angle in degrees brought into [0°, 360°) (a non-finite one is 0).</summary>
    public static double HeadingDeg(double deg)
    {
        if (!double.IsFinite(deg))
        {
            return 0;
        }

        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }

    /// <summary>A probability × 255, rounded, clamped to 0 … 255.</summary>
    public static byte Probability(double p) => (byte)Clamp(p * 255, 0, byte.MaxValue);

    /// <summary>The class byte: 0 drone, 1 bird, 2 aircraft, 3 unknown.</summary>
    public static byte Class(LiveClass c) => c switch
    {
        LiveClass.Drone => 0,
        LiveClass.Bird => 1,
        LiveClass.Aircraft => 2,
        _ => 3,
    };

    /// <summary>The flags byte: 1 confirmed, 2 alerted, 4 cooperative (broadcasts a UAS ID).</summary>
    public static byte Flags(in LiveTrack t) =>
        (byte)((t.Status == TrackStatus.Confirmed ? 1 : 0) | (t.Alerted ? 2 : 0) | (t.UasId is null ? 0 : 4));

    /// <summary>A time offset in whole milliseconds, clamped to an i32.</summary>
    public static int OffsetMs(long ticks, long atTicks) => Clamp((ticks - atTicks) / (double)TimeSpan.TicksPerMillisecond, int.MinValue, int.MaxValue);

    private static int Clamp(double value, int min, int max)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        double r = Math.Round(value, MidpointRounding.AwayFromZero);
        return r <= min ? min : r >= max ? max : (int)r;
    }

    private static uint U32(long n) => n <= 0 ? 0 : n >= uint.MaxValue ? uint.MaxValue : (uint)n;

    private static int Align4(int n) => (n + 3) & ~3;

    private void Write(IBufferWriter<byte> output, Kind kind, in Times times, ReadOnlySpan<LiveTrack> tracks, ReadOnlySpan<TrackId> removed,
        ReadOnlySpan<TrailPoint[]> trails, bool withTrails, int trailCap)
    {
        ArgumentNullException.ThrowIfNull(output);
        int size = Prepare(tracks, removed.Length, trails, withTrails, trailCap, out int points);
        Span<byte> frame = output.GetSpan(size)[..size];
        Fill(frame, kind, times, tracks, removed, trails, points);
        output.Advance(size);
    }

    /// <summary>Builds the string table and the trail counts for a frame; returns its size in bytes.</summary>
    private int Prepare(ReadOnlySpan<LiveTrack> tracks, int removed, ReadOnlySpan<TrailPoint[]> trails, bool withTrails, int trailCap, out int points)
    {
        if (tracks.Length > MaxTracks)
        {
            throw new ArgumentOutOfRangeException(nameof(tracks), tracks.Length, $"a frame carries at most {MaxTracks} tracks");
        }

        if (withTrails && trails.Length != tracks.Length)
        {
            throw new ArgumentException($"got {trails.Length} trails for {tracks.Length} tracks, want one each", nameof(trails));
        }

        _stringIndex.Clear();
        _strings.Clear();
        int stringBytes = 0;
        foreach (ref readonly LiveTrack t in tracks)
        {
            stringBytes += Intern(t.Sector) + Intern(t.UasId);
        }

        points = 0;
        if (withTrails)
        {
            for (int i = 0; i < tracks.Length; i++)
            {
                TrailPoint[]? trail = trails[i];
                int n = trail?.Length ?? 0;
                bool now = n == 0 || trail![^1].Ticks < tracks[i].At.UtcTicks;
                n += now ? 1 : 0;
                _trailNow[i] = now;
                _trailCounts[i] = Math.Min(n, trailCap);
                points += _trailCounts[i];
            }
        }

        int size = Align4(HeaderBytes + stringBytes) + (tracks.Length * RecordBytes) + (removed * 4);
        if (points > 0)
        {
            size = Align4(size + (tracks.Length * 2)) + (points * PointBytes);
        }

        return size;
    }

    /// <summary>Adds a string to the table unless there already; returns the bytes it adds.</summary>
    private int Intern(string? s)
    {
        if (s is null || _stringIndex.ContainsKey(s))
        {
            return 0;
        }

        _stringIndex[s] = (ushort)_strings.Count;
        string fit = Fit(s);
        _strings.Add(fit);
        return 2 + Encoding.UTF8.GetByteCount(fit);
    }

    /// <summary>The string, cut to at most 65,535 UTF-8 bytes between two characters (allocates only for a string that long).</summary>
    private static string Fit(string s)
    {
        if (s.Length <= MaxStringBytes / 3 || Encoding.UTF8.GetByteCount(s) <= MaxStringBytes)
        {
            return s;
        }

        int bytes = 0;
        int i = 0;
        while (i < s.Length)
        {
            int n = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            int b = Encoding.UTF8.GetByteCount(s.AsSpan(i, n));
            if (bytes + b > MaxStringBytes)
            {
                break;
            }

            bytes += b;
            i += n;
        }

        return s[..i];
    }

    private ushort IndexOf(string? s) => s is null ? NoString : _stringIndex[s];

    private void Fill(Span<byte> frame, Kind kind, in Times times, ReadOnlySpan<LiveTrack> tracks, ReadOnlySpan<TrackId> removed,
        ReadOnlySpan<TrailPoint[]> trails, int points)
    {
        frame.Clear();
        WriteHeader(frame, kind, times, tracks.Length, removed.Length, _strings.Count, points);
        int at = HeaderBytes;
        foreach (string s in _strings)
        {
            int written = Encoding.UTF8.GetBytes(s, frame[(at + 2)..]);
            BinaryPrimitives.WriteUInt16LittleEndian(frame[at..], (ushort)written);
            at += 2 + written;
        }

        at = Align4(at);
        long atTicks = times.At?.UtcTicks ?? DateTime.UnixEpoch.Ticks;
        foreach (ref readonly LiveTrack t in tracks)
        {
            Span<byte> r = frame.Slice(at, RecordBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(r, (uint)t.Id.Value);
            BinaryPrimitives.WriteInt32LittleEndian(r[4..], E6(t.Position.LatitudeDeg));
            BinaryPrimitives.WriteInt32LittleEndian(r[8..], E6(t.Position.LongitudeDeg));
            BinaryPrimitives.WriteInt32LittleEndian(r[12..], OffsetMs(t.At.UtcTicks, atTicks));
            BinaryPrimitives.WriteInt16LittleEndian(r[16..], AltitudeM(t.Position.AltitudeM));
            BinaryPrimitives.WriteUInt16LittleEndian(r[18..], SpeedDm(t.SpeedMps));
            BinaryPrimitives.WriteUInt16LittleEndian(r[20..], HeadingCdeg(t.HeadingDeg));
            r[22] = Class(t.Class);
            r[23] = Probability(t.Probability);
            r[24] = Flags(t);
            BinaryPrimitives.WriteUInt16LittleEndian(r[26..], IndexOf(t.Sector));
            BinaryPrimitives.WriteUInt16LittleEndian(r[28..], IndexOf(t.UasId));
            at += RecordBytes;
        }

        foreach (TrackId id in removed)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(frame[at..], (uint)id.Value);
            at += 4;
        }

        if (points == 0)
        {
            return;
        }

        for (int i = 0; i < tracks.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(frame[at..], (ushort)_trailCounts[i]);
            at += 2;
        }

        at = Align4(at);
        for (int i = 0; i < tracks.Length; i++)
        {
            ref readonly LiveTrack t = ref tracks[i];
            TrailPoint[]? trail = trails[i];
            int count = _trailCounts[i];
            int fromTrail = _trailNow[i] ? count - 1 : count;
            int length = trail?.Length ?? 0;
            for (int k = length - fromTrail; k < length; k++)
            {
                TrailPoint p = trail![k];
                WritePoint(frame.Slice(at, PointBytes), p.LatE6, p.LonE6, OffsetMs(p.Ticks, atTicks));
                at += PointBytes;
            }

            if (_trailNow[i] && count > 0)
            {
                WritePoint(frame.Slice(at, PointBytes), E6(t.Position.LatitudeDeg), E6(t.Position.LongitudeDeg), OffsetMs(t.At.UtcTicks, atTicks));
                at += PointBytes;
            }
        }
    }

    private static void WritePoint(Span<byte> p, int latE6, int lonE6, int offsetMs)
    {
        BinaryPrimitives.WriteInt32LittleEndian(p, latE6);
        BinaryPrimitives.WriteInt32LittleEndian(p[4..], lonE6);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], offsetMs);
    }

    private static void WriteHeader(Span<byte> frame, Kind kind, in Times times, int tracks, int removed, int strings, int points)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)(frame.Length - 4));
        frame[4] = (byte)kind;
        frame[5] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(frame[6..], 0);
        BinaryPrimitives.WriteDoubleLittleEndian(frame[8..], UnixMs(times.At));
        BinaryPrimitives.WriteDoubleLittleEndian(frame[16..], UnixMs(times.Sent));
        BinaryPrimitives.WriteDoubleLittleEndian(frame[24..], UnixMs(times.HistoryFrom));
        BinaryPrimitives.WriteUInt32LittleEndian(frame[32..], (uint)tracks);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[36..], (uint)removed);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[40..], (uint)strings);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[44..], (uint)points);
    }
}
