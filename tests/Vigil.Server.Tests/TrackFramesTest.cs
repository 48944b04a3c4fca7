using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Core;
using Vigil.Server.Live;
using Vigil.Tracking;

namespace Vigil.Server.Tests;

/// <summary>The frame encoder on its own: clamping, padding, strings, trails, kinds 3 and 4; every frame is read back with <see cref="FrameDecoder"/>.</summary>
public sealed class TrackFramesTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 30, 0, TimeSpan.Zero);
    private static readonly TrackFrames.Times Times = new(T0, T0.AddSeconds(2), T0.AddHours(-1));

    private static LiveTrack Track(int id, Func<LiveTrack, LiveTrack>? change = null)
    {
        var t = new LiveTrack
        {
            Id = new TrackId(id),
            At = T0,
            Position = new GeoPoint(34.5, 71.25, 1500),
            SpeedMps = 14.2,
            HeadingDeg = 39.8,
            Class = LiveClass.Drone,
            Probability = 0.97,
            Status = TrackStatus.Confirmed,
        };
        return change is null ? t : change(t);
    }

    private static DecodedFrame One(params LiveTrack[] tracks) => One(tracks, [], null, 0);

    private static DecodedFrame One(LiveTrack[] tracks, TrackId[] removed, TrailPoint[][]? trails, int cap)
    {
        var output = new ArrayBufferWriter<byte>();
        if (trails is null)
        {
            new TrackFrames().Write(output, TrackFrames.Kind.Changes, Times, tracks, removed);
        }
        else
        {
            new TrackFrames().Write(output, TrackFrames.Kind.Changes, Times, tracks, removed, trails, cap);
        }

        return Assert.Single(FrameDecoder.DecodeAll(output.WrittenSpan));
    }

    [Theory]
    [InlineData(1500.4, 1500)]
    [InlineData(-12.5, -13)]
    [InlineData(32_767.4, 32_767)]
    [InlineData(40_000, 32_767)]
    [InlineData(-40_000, -32_767)]
    public void Write_Altitude_RoundedAndClampedToPlusMinus32767(double altitudeM, short want)
    {
        FrameTrack t = Assert.Single(One(Track(1, t => t with { Position = new GeoPoint(34.5, 71.25, altitudeM) })).Tracks);
        Assert.Equal(want, t.AltM);
    }

    [Theory]
    [InlineData(14.25, 143)]
    [InlineData(0, 0)]
    [InlineData(-3, 0)]
    [InlineData(6_553.5, 65_535)]
    [InlineData(100_000, 65_535)]
    [InlineData(double.NaN, 0)]
    public void Write_Speed_TenthsOfMpsClampedToU16(double speedMps, int want)
    {
        Assert.Equal(want, Assert.Single(One(Track(1, t => t with { SpeedMps = speedMps })).Tracks).SpeedDms);
    }

    [Theory]
    [InlineData(39.8, 3_980)]
    [InlineData(0, 0)]
    [InlineData(359.99, 35_999)]
    [InlineData(359.996, 0)] // rounds up to 360: north
    [InlineData(-0.001, 0)]
    [InlineData(-0.01, 35_999)]
    [InlineData(360, 0)]
    [InlineData(-90, 27_000)]
    [InlineData(725.5, 550)]
    [InlineData(double.NaN, 0)]
    public void Write_Heading_HundredthsOfDegreeIn0To35999RoundingUpToNorth(double headingDeg, int want)
    {
        Assert.Equal(want, Assert.Single(One(Track(1, t => t with { HeadingDeg = headingDeg })).Tracks).HeadingCdeg);
    }

    [Theory]
    [InlineData(359.96, 0.0)] // rounds up to 360: north, as in the frames
    [InlineData(-90, 270.0)]
    [InlineData(39.84, 39.8)]
    public void Json_Heading_TenthsOfDegreeIn0To360(double headingDeg, double want)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output))
        {
            TrackJson.Write(w, Track(1, t => t with { HeadingDeg = headingDeg }));
        }

        using JsonDocument json = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal(want, json.RootElement.GetProperty("headingDeg").GetDouble());
    }

    [Theory]
    [InlineData(0.97, 247)]
    [InlineData(0.5, 128)]
    [InlineData(1, 255)]
    [InlineData(1.5, 255)]
    [InlineData(-0.2, 0)]
    public void Write_Probability_Times255Rounded(double probability, int want)
    {
        Assert.Equal(want, Assert.Single(One(Track(1, t => t with { Probability = probability })).Tracks).Probability);
    }

    [Theory]
    [InlineData(LiveClass.Drone, 0)]
    [InlineData(LiveClass.Bird, 1)]
    [InlineData(LiveClass.Aircraft, 2)]
    [InlineData(LiveClass.Unknown, 3)]
    public void Write_Class_Byte(LiveClass c, int want)
    {
        Assert.Equal(want, Assert.Single(One(Track(1, t => t with { Class = c })).Tracks).Class);
    }

    [Fact]
    public void Write_Flags_ConfirmedAlertedCooperative()
    {
        DecodedFrame f = One(
            Track(1, t => t with { Status = TrackStatus.Tentative }),
            Track(2),
            Track(3, t => t with { Status = TrackStatus.Tentative, Alerted = true }),
            Track(4, t => t with { Status = TrackStatus.Tentative, UasId = "1581F5FKD229500BC" }),
            Track(5, t => t with { Alerted = true, UasId = "X" }));
        Assert.Equal([0, 1, 2, 4, 7], f.Tracks.Select(t => (int)t.Flags));
    }

    [Fact]
    public void Write_Times_MsSinceEpochAndOffsetsClampedToI32()
    {
        DecodedFrame f = One(
            Track(1, t => t with { At = T0.AddMilliseconds(-1500) }),
            Track(2, t => t with { At = T0.AddDays(-30) }),
            Track(3, t => t with { At = T0.AddDays(30) }));
        Assert.Equal((T0 - DateTimeOffset.UnixEpoch).TotalMilliseconds, f.At);
        Assert.Equal(f.At + 2000, f.Sent);
        Assert.Equal(f.At - 3_600_000, f.HistoryFrom);
        Assert.Equal([-1500, int.MinValue, int.MaxValue], f.Tracks.Select(t => t.AtMs));
    }

    [Fact]
    public void Write_NoPictureTime_NaN()
    {
        var output = new ArrayBufferWriter<byte>();
        new TrackFrames().Write(output, TrackFrames.Kind.Changes, new TrackFrames.Times(null, T0, null), [], [new TrackId(7)]);
        DecodedFrame f = FrameDecoder.Decode(output.WrittenSpan);
        Assert.True(double.IsNaN(f.At) && double.IsNaN(f.HistoryFrom), "at and historyFrom are NaN");
        Assert.Equal([7u], f.Removed);
        Assert.Equal(44 + 4, f.Length);
    }

    [Fact]
    public void Write_Strings_EachOnceUtf8AndPaddedToFour()
    {
        DecodedFrame f = One(
            Track(1, t => t with { Sector = "Zhob" }),
            Track(2, t => t with { Sector = "Zhob", UasId = "ژوب" }),
            Track(3, t => t with { Sector = "ژوب", UasId = "Zhob" }),
            Track(4));
        Assert.Equal(["Zhob", "ژوب"], f.Strings);
        Assert.Equal([("Zhob", null), ("Zhob", "ژوب"), ("ژوب", "Zhob"), (null, null)], f.Tracks.Select(t => (t.Sector, t.UasId)));

        // 48 + (2 + 4) + (2 + 6) = 62 bytes, padded to 64: the records start there.
        Assert.Equal(64 + (4 * 32) - 4, f.Length);
    }

    [Fact]
    public void Write_StringOver65535Bytes_CutBetweenCharacters()
    {
        string sector = new string('a', 65_534) + "ب"; // 65,536 bytes: the two-byte letter does not fit
        DecodedFrame f = One(Track(1, t => t with { Sector = sector }));
        Assert.Equal(new string('a', 65_534), Assert.Single(f.Strings));
    }

    [Fact]
    public void Write_RemovedIds_AfterTheRecords()
    {
        DecodedFrame f = One([Track(3)], [new TrackId(5), new TrackId(70_000)], null, 0);
        Assert.Equal([5u, 70_000u], f.Removed);
        Assert.Equal(3u, Assert.Single(f.Tracks).Id);
    }

    [Fact]
    public void Write_Over1024Tracks_Throws()
    {
        LiveTrack[] tracks = [.. Enumerable.Range(1, 1025).Select(i => Track(i))];
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackFrames().Changes(Times, tracks, []));
    }

    [Fact]
    public void Write_Trails_NewestPointsEndingAtTheTrackCountsPadded()
    {
        TrailPoint P(int seconds) => new(T0.AddSeconds(seconds).UtcTicks, 34_000_000 + seconds, 71_000_000 - seconds);
        LiveTrack[] tracks =
        [
            Track(1, t => t with { At = T0 }), // its trail ends at its state already
            Track(2, t => t with { At = T0.AddSeconds(-1) }), // its last trail point is older than the state
            Track(3, t => t with { At = T0.AddSeconds(-100) }), // no points in the window: the state alone
        ];
        TrailPoint[][] trails =
        [
            [P(-8), P(-6), P(-4), P(-2), new TrailPoint(T0.UtcTicks, 34_500_000, 71_250_000)],
            [P(-9), P(-7), P(-5), P(-3)],
            [],
        ];

        DecodedFrame f = One(tracks, [], trails, 3);

        Assert.NotNull(f.Trails);
        Assert.Equal([3, 3, 1], f.Trails.Select(t => t.Count));
        Assert.Equal([-4000, -2000, 0], f.Trails[0].Select(p => p.AtMs));
        Assert.Equal([-5000, -3000, -1000], f.Trails[1].Select(p => p.AtMs));
        Assert.Equal((34_000_000 - 5, 71_000_000 + 5), (f.Trails[1][0].LatE6, f.Trails[1][0].LonE6));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(new FramePoint(f.Tracks[i].LatE6, f.Tracks[i].LonE6, f.Tracks[i].AtMs), f.Trails[i][^1]);
        }

        // header 48, records 96, counts 6 + 2 padding, points 7 × 12
        Assert.Equal(48 + 96 + 8 + 84 - 4, f.Length);
    }

    [Theory]
    [InlineData(0, 65_535)]
    [InlineData(1, 65_535)]
    [InlineData(5, 13_107)]
    [InlineData(10_000, 6)]
    [InlineData(32_768, 2)]
    [InlineData(131_072, 2)]
    [InlineData(500_000, 2)]
    public void TrailCap_PointsPerTrack(int tracks, int want)
    {
        Assert.Equal(want, TrackFrames.TrailCap(tracks));
    }

    [Fact]
    public void WriteSnapshot_Empty_OneKind1Frame()
    {
        var output = new ArrayBufferWriter<byte>();
        new TrackFrames().WriteSnapshot(output, new PictureView(null, null, []), T0);
        DecodedFrame f = Assert.Single(FrameDecoder.DecodeAll(output.WrittenSpan));
        Assert.Equal((1, 0), ((int)f.Kind, f.Tracks.Count));
        Assert.Null(f.Trails);
    }

    [Fact]
    public void WriteSnapshot_2049Tracks_ThreeFramesAllWithTrails()
    {
        var view = new PictureView(T0, null, []);
        for (int i = 1; i <= 2049; i++)
        {
            view.Tracks.Add(Track(i));
            view.Trails!.Add([new TrailPoint(T0.AddSeconds(-2).UtcTicks, 1, 2)]);
        }

        var output = new ArrayBufferWriter<byte>();
        new TrackFrames().WriteSnapshot(output, view, T0);
        List<DecodedFrame> frames = FrameDecoder.DecodeAll(output.WrittenSpan);
        Assert.Equal([1, 2, 2], frames.Select(f => (int)f.Kind));
        Assert.Equal([1024, 1024, 1], frames.Select(f => f.Tracks.Count));
        Assert.All(frames, f => Assert.All(f.Trails!, t => Assert.Equal([-2000, 0], t.Select(p => p.AtMs))));
        Assert.Equal(Enumerable.Range(1, 2049).Select(i => (uint)i), frames.SelectMany(f => f.Tracks).Select(t => t.Id));
    }

    [Fact]
    public void WriteDropped_HeaderAndTwoCountsClampedToU32()
    {
        var output = new ArrayBufferWriter<byte>();
        TrackFrames.WriteDropped(output, Times, 12, 5_000_000_000);
        DecodedFrame f = FrameDecoder.Decode(output.WrittenSpan);
        Assert.Equal((3, 52, 12u, uint.MaxValue), ((int)f.Kind, f.Length, f.Lost, f.LostTotal));
        Assert.Equal((T0.AddSeconds(2) - DateTimeOffset.UnixEpoch).TotalMilliseconds, f.Sent);
    }

    [Fact]
    public void WriteHeartbeat_HeaderAlone()
    {
        var output = new ArrayBufferWriter<byte>();
        TrackFrames.WriteHeartbeat(output, Times);
        DecodedFrame f = FrameDecoder.Decode(output.WrittenSpan);
        Assert.Equal((4, 44), ((int)f.Kind, f.Length));
        Assert.Equal((T0 - DateTimeOffset.UnixEpoch).TotalMilliseconds, f.At);
    }

    [Fact]
    public void Changes_ArrayIsExactlyTheFrame()
    {
        byte[] frame = new TrackFrames().Changes(Times, [Track(1, t => t with { Sector = "Bajaur" })], [new TrackId(2)]);
        DecodedFrame f = FrameDecoder.Decode(frame);
        Assert.Equal(frame.Length, 4 + f.Length);
        Assert.Equal(Encoding.UTF8.GetBytes("Bajaur"), frame.AsSpan(50, 6).ToArray());
    }
}
