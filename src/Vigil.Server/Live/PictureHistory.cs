using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// The picture's past, for the dashboard's time slider, in bounded memory. Every <see cref="Interval"/>
/// of picture time (5 s to begin with) it keeps a frame: every track's state then, 32 bytes a track.
/// Frames older than the horizon are dropped; when the frames together would hold more than the point
/// budget, the interval doubles and every other frame goes, so the history still covers the horizon,
/// more coarsely. Not thread-safe: <see cref="LivePicture"/> calls it under its lock.
/// </summary>
internal sealed class PictureHistory
{
    private const byte Confirmed = 1;
    private const byte Alerted = 2;
    private const byte Identified = 4;

    private readonly long _baseInterval;
    private readonly long _horizon;
    private readonly long _budget;
    private readonly List<Frame> _frames = [];
    private readonly List<string> _sectors = [""];
    private readonly Dictionary<string, ushort> _sectorIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _uasIds = [];
    private long _interval;
    private long _points;

    public PictureHistory(TimeSpan baseInterval, TimeSpan horizon, long pointBudget)
    {
        _baseInterval = _interval = Math.Max(1, baseInterval.Ticks);
        _horizon = horizon.Ticks;
        _budget = Math.Max(1, pointBudget);
        NextDueTicks = long.MaxValue;
    }

    /// <summary>The current spacing of frames.</summary>
    public TimeSpan Interval => TimeSpan.FromTicks(_interval);

    /// <summary>Picture time (UTC ticks) at which the next frame is due; <see cref="long.MaxValue"/> until the first update.</summary>
    public long NextDueTicks { get; private set; }

    /// <summary>How many frames are kept.</summary>
    public int Frames => _frames.Count;

    /// <summary>How many track states the frames hold together.</summary>
    public long Points => _points;

    /// <summary>The time of the oldest frame, or null when there is none.</summary>
    public DateTimeOffset? From => _frames.Count == 0 ? null : new DateTimeOffset(_frames[0].Ticks, TimeSpan.Zero);

    /// <summary>Called with the time of the first update the picture takes (after a reset): sets when the first frame is due.</summary>
    public void Start(long atTicks)
    {
        if (NextDueTicks == long.MaxValue)
        {
            NextDueTicks = AlignAfter(atTicks);
        }
    }

    /// <summary>
    /// Keeps the tracks' states as the frame at <see cref="NextDueTicks"/>; the next frame is due at the first
    /// multiple of the interval after <paramref name="nowTicks"/> (a gap in the feed leaves no empty frames).
    /// </summary>
    public void Take(List<LiveTrack> tracks, long nowTicks)
    {
        long ticks = NextDueTicks;
        var points = new Point[tracks.Count];
        for (int i = 0; i < points.Length; i++)
        {
            LiveTrack t = tracks[i];
            points[i] = new Point
            {
                Id = t.Id.Value,
                LatE6 = TrailPoint.E6(t.Position.LatitudeDeg),
                LonE6 = TrailPoint.E6(t.Position.LongitudeDeg),
                AltM = (float)t.Position.AltitudeM,
                SpeedMps = (float)t.SpeedMps,
                HeadingCentiDeg = TrackFrames.HeadingCdeg(t.HeadingDeg),
                Probability = (Half)t.Probability,
                Class = (byte)t.Class,
                Flags = (byte)((t.Status == TrackStatus.Confirmed ? Confirmed : 0) | (t.Alerted ? Alerted : 0) | (t.UasId is null ? 0 : Identified)),
                Sector = SectorIndex(t.Sector),
                AgeMs = (int)Math.Clamp((ticks - t.At.UtcTicks) / TimeSpan.TicksPerMillisecond, int.MinValue, int.MaxValue),
            };
            if (t.UasId is not null)
            {
                _uasIds[t.Id.Value] = t.UasId;
            }
        }

        Array.Sort(points, static (a, b) => a.Id.CompareTo(b.Id));
        _frames.Add(new Frame(ticks, points));
        _points += points.Length;
        while (_frames.Count > 1 && _frames[0].Ticks < ticks - _horizon)
        {
            _points -= _frames[0].Points.Length;
            _frames.RemoveAt(0);
        }

        while (_points > _budget && _frames.Count > 1)
        {
            _interval *= 2;
            int kept = 0;
            _points = 0;
            for (int i = 0; i < _frames.Count; i++)
            {
                if (_frames[i].Ticks % _interval == 0 || i == _frames.Count - 1)
                {
                    _frames[kept++] = _frames[i];
                    _points += _frames[i].Points.Length;
                }
            }

            _frames.RemoveRange(kept, _frames.Count - kept);
        }

        NextDueTicks = AlignAfter(Math.Max(nowTicks, ticks));
    }

    /// <summary>Forgets every frame (the picture was reset).</summary>
    public void Clear()
    {
        _frames.Clear();
        _uasIds.Clear();
        _points = 0;
        _interval = _baseInterval;
        NextDueTicks = long.MaxValue;
    }

    /// <summary>The index of the newest frame at or before <paramref name="ticks"/>, or -1.</summary>
    public int FrameAtOrBefore(long ticks)
    {
        int lo = 0, hi = _frames.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_frames[mid].Ticks <= ticks)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The time of frame <paramref name="frame"/>.</summary>
    public DateTimeOffset FrameTime(int frame) => new(_frames[frame].Ticks, TimeSpan.Zero);

    /// <summary>Adds every track of frame <paramref name="frame"/> to <paramref name="into"/>, in id order.</summary>
    public void Tracks(int frame, List<LiveTrack> into)
    {
        Frame f = _frames[frame];
        foreach (Point p in f.Points)
        {
            into.Add(ToTrack(p, f.Ticks));
        }
    }

    /// <summary>The state of track <paramref name="id"/> in the newest frame that holds it, or null.</summary>
    public LiveTrack? Last(TrackId id)
    {
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            int k = Find(_frames[i].Points, id.Value);
            if (k >= 0)
            {
                return ToTrack(_frames[i].Points[k], _frames[i].Ticks);
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the positions of track <paramref name="id"/> kept in frames up to <paramref name="lastFrame"/>
    /// whose state times are in [<paramref name="fromTicks"/>, <paramref name="beforeTicks"/>) to
    /// <paramref name="into"/>, oldest first, each state once.
    /// </summary>
    public void Trail(TrackId id, long fromTicks, long beforeTicks, int lastFrame, List<TrailPoint> into)
    {
        long last = long.MinValue;
        for (int i = FirstFrameFrom(fromTicks); i <= lastFrame && i < _frames.Count; i++)
        {
            Frame f = _frames[i];
            int k = Find(f.Points, id.Value);
            if (k < 0)
            {
                continue;
            }

            Point p = f.Points[k];
            long at = f.Ticks - (p.AgeMs * TimeSpan.TicksPerMillisecond);
            if (at >= beforeTicks)
            {
                break;
            }

            if (at >= fromTicks && at > last)
            {
                into.Add(new TrailPoint(at, p.LatE6, p.LonE6));
                last = at;
            }
        }
    }

    /// <summary>The index of the oldest frame at or after <paramref name="ticks"/> (the frame count when none is).</summary>
    private int FirstFrameFrom(long ticks)
    {
        int before = FrameAtOrBefore(ticks);
        return before >= 0 && _frames[before].Ticks == ticks ? before : before + 1;
    }

    private LiveTrack ToTrack(in Point p, long frameTicks) => new()
    {
        Id = new TrackId(p.Id),
        At = new DateTimeOffset(frameTicks - (p.AgeMs * TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
        Position = new GeoPoint(p.LatE6 / 1e6, p.LonE6 / 1e6, Math.Round(p.AltM, 1)),
        SpeedMps = Math.Round(p.SpeedMps, 1),
        HeadingDeg = p.HeadingCentiDeg / 100.0,
        Class = (LiveClass)p.Class,
        Probability = Math.Round((double)p.Probability, 3),
        Status = (p.Flags & Confirmed) != 0 ? TrackStatus.Confirmed : TrackStatus.Tentative,
        Sector = p.Sector == 0 ? null : _sectors[p.Sector],
        Alerted = (p.Flags & Alerted) != 0,
        UasId = (p.Flags & Identified) != 0 ? _uasIds.GetValueOrDefault(p.Id) : null,
    };

    private ushort SectorIndex(string? sector)
    {
        if (sector is null)
        {
            return 0;
        }

        if (!_sectorIndex.TryGetValue(sector, out ushort index))
        {
            if (_sectors.Count > ushort.MaxValue)
            {
                return 0;
            }

            index = (ushort)_sectors.Count;
            _sectors.Add(sector);
            _sectorIndex[sector] = index;
        }

        return index;
    }

    private long AlignAfter(long ticks) => ((ticks / _interval) + 1) * _interval;

    private static int Find(Point[] points, int id)
    {
        int lo = 0, hi = points.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = points[mid].Id.CompareTo(id);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private sealed record Frame(long Ticks, Point[] Points);

    /// <summary>One track's state in a frame: 32 bytes.</summary>
    private struct Point
    {
        public int Id;
        public int LatE6;
        public int LonE6;
        public float AltM;
        public float SpeedMps;
        public int AgeMs;
        public ushort HeadingCentiDeg;
        public Half Probability;
        public ushort Sector;
        public byte Class;
        public byte Flags;
    }
}
