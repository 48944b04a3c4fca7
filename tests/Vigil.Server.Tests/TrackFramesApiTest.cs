using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core;
using Vigil.Server.Live;
using Vigil.Tracking;

namespace Vigil.Server.Tests;

/// <summary>
/// Track frames from the real endpoints over loopback (<c>GET /api/tracks/stream</c>,
/// <c>GET /api/tracks</c> with <c>Accept: application/vnd.vigil.tracks</c>) and
/// <c>GET /api/stream?tracks=false</c>, read with <see cref="FrameDecoder"/>, which follows
/// docs/track-frames.md and nothing of the server's.
/// </summary>
public sealed class TrackFramesApiTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 30, 0, TimeSpan.Zero);

    /// <summary>Track <paramref name="id"/> at second <paramref name="k"/>: every field varies with the id, and the state time lags the second by up to 0.6 s.</summary>
    private static LiveTrack Track(int id, int k = 0) => new()
    {
        Id = new TrackId(id),
        At = T0.AddSeconds(k).AddMilliseconds(-(id % 7) * 100),
        Position = new GeoPoint(33.0 + (id * 1e-4) + (k * 1e-5), 70.0 + (id * 2e-4) - (k * 1e-5), 100 + (id % 3000) + 0.4),
        SpeedMps = (id % 50) + 0.25,
        HeadingDeg = (id * 7.3) % 360,
        Class = (LiveClass)(id % 4),
        Probability = (id % 100) / 100.0,
        Status = id % 3 == 0 ? TrackStatus.Confirmed : TrackStatus.Tentative,
        Sector = id % 5 == 0 ? null : $"Sector {id % 5}",
        Alerted = id % 11 == 0,
        UasId = id % 4 == 0 ? $"UAS-{id:D5}" : null,
    };

    private static LiveTrack[] Tracks(int count, int k = 0) => [.. Enumerable.Range(1, count).Select(id => Track(id, k))];

    private static double Ms(DateTimeOffset t) => (t - DateTimeOffset.UnixEpoch).TotalMilliseconds;

    /// <summary>Checks a record against the state it was written from, by the rules of docs/track-frames.md.</summary>
    private static void AssertTrack(LiveTrack want, FrameTrack got, double frameAtMs)
    {
        Assert.Equal((uint)want.Id.Value, got.Id);
        Assert.Equal((int)Round(want.Position.LatitudeDeg * 1e6), got.LatE6);
        Assert.Equal((int)Round(want.Position.LongitudeDeg * 1e6), got.LonE6);
        Assert.Equal(Ms(want.At) - frameAtMs, got.AtMs);
        Assert.Equal((short)Round(want.Position.AltitudeM), got.AltM);
        Assert.Equal((ushort)Round(want.SpeedMps * 10), got.SpeedDms);
        Assert.Equal((ushort)(Round(want.HeadingDeg * 100) % 36_000), got.HeadingCdeg); // headings here are in [0, 360)
        Assert.Equal(want.Class switch { LiveClass.Drone => 0, LiveClass.Bird => 1, LiveClass.Aircraft => 2, _ => 3 }, got.Class);
        Assert.Equal((byte)Round(want.Probability * 255), got.Probability);
        int flags = (want.Status == TrackStatus.Confirmed ? 1 : 0) | (want.Alerted ? 2 : 0) | (want.UasId is null ? 0 : 4);
        Assert.Equal(flags, got.Flags);
        Assert.Equal(want.Sector, got.Sector);
        Assert.Equal(want.UasId, got.UasId);
    }

    /// <summary>"Rounded" as a person (and JavaScript's Math.round) rounds: halves away from zero.</summary>
    private static double Round(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    private static LivePicture Picture(LiveServer live) => live.Server.Services.GetRequiredService<LivePicture>();

    [Fact]
    public async Task TracksStream_SnapshotOf2500_KindOneThenTwoContinuations()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        LiveTrack[] tracks = Tracks(2500);
        picture.Apply(tracks);
        using HttpClient client = live.Client("observer");

        DateTimeOffset before = DateTimeOffset.UtcNow;
        await using FrameStream stream = await FrameStream.OpenAsync(client);
        List<DecodedFrame> snapshot = await stream.SnapshotAsync(3, Timeout);
        DateTimeOffset after = DateTimeOffset.UtcNow;

        Assert.Equal([1024, 1024, 452], snapshot.Select(f => f.Tracks.Count));
        Assert.Equal("no-cache", stream.Response.Headers.CacheControl?.ToString());
        foreach (DecodedFrame f in snapshot)
        {
            Assert.Equal(Ms(T0), f.At); // the newest state time applied
            Assert.Equal(Ms(picture.History.From!.Value), f.HistoryFrom);
            Assert.InRange(f.Sent, Ms(before) - 1, Ms(after) + 1);
            Assert.Empty(f.Removed);
            Assert.Null(f.Trails);
            Assert.Equal(f.Tracks.SelectMany(t => new[] { t.Sector, t.UasId }).OfType<string>().Distinct().Order(), f.Strings.Order());
        }

        FrameTrack[] all = [.. snapshot.SelectMany(f => f.Tracks)];
        Assert.Equal(tracks.Select(t => (uint)t.Id.Value), all.Select(t => t.Id));
        for (int i = 0; i < tracks.Length; i++)
        {
            AssertTrack(tracks[i], all[i], snapshot[0].At);
        }
    }

    [Fact]
    public async Task TracksStream_AfterSnapshot_ChangedTracksAndRemovedIdsOnly()
    {
        var clock = new ManualClock(T0);
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { Clock = clock });
        LivePicture picture = Picture(live);
        picture.Apply(Tracks(10));
        picture.Flush();
        clock.Advance(TimeSpan.FromSeconds(1));
        using HttpClient client = live.Client("operator PK");
        await using FrameStream stream = await FrameStream.OpenAsync(client);
        DecodedFrame snapshot = Assert.Single(await stream.SnapshotAsync(1, Timeout));
        Assert.Equal(10, snapshot.Tracks.Count);
        (long jsonBefore, long framesBefore, _) = picture.Published;

        LiveTrack moved = Track(2, 1) with { Alerted = true, UasId = "1581F5FKD229500BC" };
        picture.Apply([moved]);
        picture.Remove([new TrackId(5), new TrackId(99)]);
        picture.Flush();

        DecodedFrame changes = await stream.NextAsync(Timeout);
        Assert.Equal(2, changes.Kind);
        Assert.Equal(Ms(moved.At), changes.At);
        Assert.Equal(Ms(clock.GetUtcNow()), changes.Sent);
        AssertTrack(moved, Assert.Single(changes.Tracks), changes.At);
        Assert.Equal([5u], changes.Removed);
        (long jsonAfter, long framesAfter, _) = picture.Published;
        Assert.Equal(jsonBefore, jsonAfter); // no JSON stream wants tracks: no tracks event was built
        Assert.Equal(framesBefore + 1, framesAfter);
    }

    [Fact]
    public async Task TracksStream_JsonOnly_NoFramesBuilt()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        using HttpClient client = live.Client("observer");
        await using SseReader sse = await SseReader.OpenAsync(client);
        await sse.NextAsync((n, _) => n == "tracks", Timeout);

        picture.Apply(Tracks(3));
        picture.Flush();
        (_, JsonElement batch) = await sse.NextAsync((n, _) => n == "tracks", Timeout);
        Assert.Equal(3, batch.GetProperty("tracks").GetArrayLength());
        (long json, long frames, long sent) = picture.Published;
        Assert.Equal((1, 0, 3), (json, frames, sent));
    }

    [Fact]
    public async Task TracksStream_WithTrail_SameTrailAsJsonOldestFirstEndingAtTheTrack()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        for (int k = 0; k <= 60; k++)
        {
            picture.Apply([Track(3, k), Track(4, k)]);
        }

        using HttpClient client = live.Client("observer");
        JsonElement json = await client.GetFromJsonAsync<JsonElement>("api/tracks?trail=30");
        await using FrameStream stream = await FrameStream.OpenAsync(client, "?trail=30");
        DecodedFrame f = Assert.Single(await stream.SnapshotAsync(1, Timeout));

        Assert.Equal(Ms(T0.AddSeconds(60).AddMilliseconds(-300)), f.At); // track 3's state, the newest
        Assert.Equal(Ms(json.GetProperty("at").GetDateTimeOffset()), f.At);
        Assert.Equal(Ms(json.GetProperty("historyFrom").GetDateTimeOffset()), f.HistoryFrom);
        Assert.NotNull(f.Trails);
        JsonElement[] jsonTracks = [.. json.GetProperty("tracks").EnumerateArray()];
        for (int i = 0; i < 2; i++)
        {
            IReadOnlyList<FramePoint> trail = f.Trails[i];
            FrameTrack t = f.Tracks[i];
            JsonElement[] want = [.. jsonTracks[i].GetProperty("trail").EnumerateArray()];
            Assert.Equal(want.Length, trail.Count);
            Assert.InRange(trail.Count, 15, 17);
            for (int k = 0; k < trail.Count; k++)
            {
                Assert.Equal(want[k][1].GetDouble(), FrameDecoder.Deg(trail[k].LatE6), 9);
                Assert.Equal(want[k][0].GetDouble(), FrameDecoder.Deg(trail[k].LonE6), 9);
                Assert.Equal(Ms(want[k][2].GetDateTimeOffset()) - f.At, trail[k].AtMs);
            }

            Assert.Equal(trail.Select(p => p.AtMs).Order(), trail.Select(p => p.AtMs));
            Assert.Equal(new FramePoint(t.LatE6, t.LonE6, t.AtMs), trail[^1]);
        }
    }

    [Fact]
    public async Task TracksStream_5000TracksWithTrails_EachTrailThinnedToItsNewest13()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        const int count = 5000;
        for (int k = 0; k <= 130; k++)
        {
            picture.Apply(Tracks(count, k));
        }

        using HttpClient client = live.Client("observer");
        await using FrameStream stream = await FrameStream.OpenAsync(client, "?trail=600");
        List<DecodedFrame> snapshot = await stream.SnapshotAsync(5, Timeout);

        int cap = 65_536 / count;
        Assert.Equal(13, cap);
        Assert.Equal(count * cap, snapshot.Sum(f => f.Trails!.Sum(t => t.Count)));
        foreach (DecodedFrame f in snapshot)
        {
            for (int i = 0; i < f.Tracks.Count; i++)
            {
                IReadOnlyList<FramePoint> trail = f.Trails![i];
                Assert.Equal(cap, trail.Count);
                Assert.Equal(new FramePoint(f.Tracks[i].LatE6, f.Tracks[i].LonE6, f.Tracks[i].AtMs), trail[^1]);
                Assert.True(trail.Zip(trail.Skip(1)).All(p => p.First.AtMs < p.Second.AtMs), "oldest first");
            }
        }

        // The newest 13 of the whole trail the JSON API gives.
        foreach (int id in new[] { 1, 1234, 4999 })
        {
            JsonElement whole = await client.GetFromJsonAsync<JsonElement>($"api/tracks/T{id:D4}");
            JsonElement[] want = [.. whole.GetProperty("trail").EnumerateArray()];
            Assert.True(want.Length > cap, $"the whole trail has {want.Length} points");
            FrameTrack[] all = [.. snapshot.SelectMany(f => f.Tracks)];
            int index = Array.FindIndex(all, t => t.Id == id);
            DecodedFrame frame = snapshot[index / 1024];
            IReadOnlyList<FramePoint> got = frame.Trails![index % 1024];
            Assert.Equal(
                want[^cap..].Select(p => (Ms(p[2].GetDateTimeOffset()) - frame.At, p[1].GetDouble(), p[0].GetDouble())),
                got.Select(p => ((double)p.AtMs, FrameDecoder.Deg(p.LatE6), FrameDecoder.Deg(p.LonE6))));
        }
    }

    [Fact]
    public async Task TracksStream_Quiet_EmptySnapshotThenHeartbeat()
    {
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { StreamHeartbeat = TimeSpan.FromMilliseconds(200) });
        using HttpClient client = live.Client("witness");
        await using FrameStream stream = await FrameStream.OpenAsync(client);

        DecodedFrame empty = Assert.Single(await stream.SnapshotAsync(1, Timeout));
        Assert.True(double.IsNaN(empty.At), "the picture is empty");
        Assert.True(double.IsNaN(empty.HistoryFrom), "no history");
        Assert.Equal((0, 0, 0), (empty.Tracks.Count, empty.Removed.Count, empty.Strings.Count));
        Assert.Equal(44, empty.Length);

        DecodedFrame heartbeat = await stream.NextAsync(Timeout);
        Assert.Equal(4, heartbeat.Kind);
        Assert.Equal(44, heartbeat.Length);
        Assert.True(double.IsNaN(heartbeat.At), "still empty");
    }

    [Fact]
    public async Task TracksStream_ClientFallsBehind_DroppedFrameThenFreshSnapshot()
    {
        var clock = new ManualClock(T0);
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { Clock = clock });
        LivePicture picture = Picture(live);
        const int count = 4096;
        using HttpClient client = live.Client("observer");
        await using FrameStream stream = await FrameStream.OpenAsync(client);
        Assert.Single(await stream.SnapshotAsync(1, Timeout));

        // 4 frames of ~70 KB a batch, 300 batches: far more than the stream's queue (512 frames) and the
        // socket's buffers hold while the client reads nothing.
        LiveTrack[] states = [.. Tracks(count).Select(t => t with { UasId = $"{t.Id.Value:D6}-{new string('x', 30)}" })];
        for (int k = 1; k <= 300; k++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            for (int i = 0; i < states.Length; i++)
            {
                states[i] = states[i] with { At = T0.AddSeconds(k), SpeedMps = k };
            }

            picture.Apply(states);
            picture.Flush();
        }

        DecodedFrame f;
        int changes = 0;
        while ((f = await stream.NextAsync(Timeout)).Kind == 2)
        {
            Assert.Equal(1024, f.Tracks.Count);
            changes++;
        }

        Assert.Equal(3, f.Kind);
        Assert.InRange(changes, 1, (300 * 4) - 1);
        Assert.True(f.Lost > 0, "lost some");
        Assert.Equal(f.Lost, f.LostTotal);
        Assert.Equal(Ms(T0.AddSeconds(300)), f.At);
        Assert.Equal(Ms(clock.GetUtcNow()), f.Sent);

        List<DecodedFrame> fresh = await stream.SnapshotAsync(4, Timeout);
        FrameTrack[] all = [.. fresh.SelectMany(x => x.Tracks)];
        Assert.Equal(count, all.Length);
        for (int i = 0; i < count; i++)
        {
            AssertTrack(states[i], all[i], fresh[0].At);
        }
    }

    [Theory]
    [InlineData("?trail=0")]
    [InlineData("?trail=-5")]
    [InlineData("?trail=soon")]
    [InlineData("?trail=7201")]
    public async Task TracksStream_BadTrail_400ProblemBeforeAnyFrame(string query)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks/stream" + query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FrameStream.MediaType));
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'trail'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/tracks/stream")]
    [InlineData("api/stream?tracks=false")]
    public async Task Streams_WithoutKey_401(string path)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stream_TracksFalse_EventsButNoTracksNotEvenTheSnapshot()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        picture.Apply(Tracks(5));
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/stream?tracks=false", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);

        picture.Flush();
        picture.Remove([new TrackId(1)]);
        picture.Flush();
        EventHub hub = live.Server.Services.GetRequiredService<EventHub>();
        hub.Publish(new ServerEvent("checkpoint", Encoding.UTF8.GetBytes("""{"size":1}""")));

        using var cts = new CancellationTokenSource(Timeout);
        Assert.Equal("event: checkpoint", await reader.ReadLineAsync(cts.Token));
        Assert.Equal("""data: {"size":1}""", await reader.ReadLineAsync(cts.Token));
        Assert.Equal(0, picture.Published.Batches); // no stream wanted JSON tracks, so none were built
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("TRUE")]
    public async Task Stream_BadTracks_400NamingIt(string value)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri($"api/stream?tracks={value}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'tracks'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_TracksTrue_SnapshotFirstAsBefore()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        picture.Apply(Tracks(5));
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/stream?tracks=true", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        using var cts = new CancellationTokenSource(Timeout);
        Assert.Equal("event: tracks", await reader.ReadLineAsync(cts.Token));
        string data = (await reader.ReadLineAsync(cts.Token))!;
        JsonElement snapshot = JsonDocument.Parse(data["data: ".Length..]).RootElement;
        Assert.True(snapshot.GetProperty("snapshot").GetBoolean());
        Assert.Equal(5, snapshot.GetProperty("tracks").GetArrayLength());
        Assert.Equal(0, snapshot.GetProperty("removed").GetArrayLength());
        Assert.Equal(T0.AddMilliseconds(-100), snapshot.GetProperty("at").GetDateTimeOffset()); // track 1's state, the newest
    }

    [Theory]
    [InlineData("application/vnd.vigil.tracks", true)]
    [InlineData("application/vnd.vigil.tracks, application/json;q=0.9", true)]
    [InlineData("application/vnd.vigil.tracks, */*", true)]
    [InlineData("application/json, application/vnd.vigil.tracks;q=0.5", false)]
    [InlineData("application/vnd.vigil.tracks;q=0", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public async Task Tracks_Accept_FramesOrJsonAndVary(string? accept, bool frames)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        LiveTrack[] tracks = Tracks(1100);
        picture.Apply(tracks);
        using HttpClient client = live.Client("liaison AF");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
        if (!frames)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            JsonElement json = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(1100, json.GetProperty("tracks").GetArrayLength());
            return;
        }

        Assert.Equal(FrameStream.MediaType, response.Content.Headers.ContentType?.MediaType);
        List<DecodedFrame> all = FrameDecoder.DecodeAll(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([1, 2], all.Select(f => (int)f.Kind));
        Assert.Equal([1024, 76], all.Select(f => f.Tracks.Count));
        FrameTrack[] got = [.. all.SelectMany(f => f.Tracks)];
        for (int i = 0; i < tracks.Length; i++)
        {
            AssertTrack(tracks[i], got[i], all[0].At);
        }
    }

    [Fact]
    public async Task Tracks_AtWithFrames_ThePictureFromTheHistoryWithTrails()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        for (int k = 0; k <= 60; k++)
        {
            picture.Apply([Track(3, k) with { Id = new TrackId(3), At = T0.AddSeconds(k) }]);
        }

        using HttpClient client = live.Client("observer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks?at=2026-06-30T01:30:22Z&trail=10");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FrameStream.MediaType));
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
        DecodedFrame f = Assert.Single(FrameDecoder.DecodeAll(await response.Content.ReadAsByteArrayAsync()));

        // As the JSON form (TracksTest): the frame of T0 + 20 s holds the state of 19 s; its trail over 10 s is 14 s and 19 s.
        Assert.Equal(1, f.Kind);
        Assert.Equal(Ms(T0.AddSeconds(20)), f.At);
        Assert.Equal(Ms(T0.AddSeconds(5)), f.HistoryFrom);
        FrameTrack t = Assert.Single(f.Tracks);
        Assert.Equal(-1000, t.AtMs);
        Assert.Equal([-6000, -1000], f.Trails!.Single().Select(p => p.AtMs));
        Assert.Equal(new FramePoint(t.LatE6, t.LonE6, t.AtMs), f.Trails!.Single()[^1]);
    }

    [Fact]
    public async Task Tracks_AtBeforeHistoryWithFrames_404ProblemWithVary()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        LivePicture picture = Picture(live);
        picture.Apply(Tracks(2));
        using HttpClient client = live.Client("observer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks?at=2026-06-30T01:00:00Z");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FrameStream.MediaType));
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }
}
