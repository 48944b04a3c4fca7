using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core;
using Vigil.Server.Live;
using Vigil.Tracking;

namespace Vigil.Server.Tests;

/// <summary><c>/api/tracks</c> over a picture fed directly with states at known picture times.</summary>
public sealed class TracksTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 30, 0, TimeSpan.Zero);

    /// <summary>One drone flying north-east, one state a second from T0 to T0 + <paramref name="seconds"/>.</summary>
    private static void Fly(LivePicture picture, int seconds)
    {
        for (int k = 0; k <= seconds; k++)
        {
            picture.Apply([State(k)]);
        }
    }

    private static LiveTrack State(int k) => new()
    {
        Id = new TrackId(3),
        At = T0.AddSeconds(k),
        Position = new GeoPoint(34.0 + (k * 0.0001), 71.0 + (k * 0.0001), 1500),
        SpeedMps = 14.2,
        HeadingDeg = 39.8,
        Class = LiveClass.Drone,
        Probability = 0.97,
        Status = TrackStatus.Confirmed,
        Sector = "Bajaur",
    };

    [Fact]
    public async Task Tracks_Now_CurrentStateAndHistoryStart()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        Fly(live.Server.Services.GetRequiredService<LivePicture>(), 60);
        using HttpClient client = live.Client("observer");

        JsonElement now = await client.GetFromJsonAsync<JsonElement>("api/tracks");
        Assert.Equal(T0.AddSeconds(60), now.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(T0.AddSeconds(5), now.GetProperty("historyFrom").GetDateTimeOffset());
        JsonElement t = Assert.Single(now.GetProperty("tracks").EnumerateArray());
        Assert.Equal("T0003", t.GetProperty("id").GetString());
        Assert.Equal(34.006, t.GetProperty("lat").GetDouble(), 9);
        Assert.Equal("drone", t.GetProperty("class").GetString());
        Assert.Equal("confirmed", t.GetProperty("status").GetString());
        Assert.Equal("Bajaur", t.GetProperty("sector").GetString());
        Assert.False(t.TryGetProperty("trail", out _));
    }

    [Fact]
    public async Task Tracks_At_StateFromHistoryWithTrail()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        Fly(live.Server.Services.GetRequiredService<LivePicture>(), 60);
        using HttpClient client = live.Client("observer");

        JsonElement then = await client.GetFromJsonAsync<JsonElement>("api/tracks?at=2026-06-30T01:30:22Z&trail=10");
        // The frame of T0 + 20 s is the newest at or before 22 s; it holds the state of 19 s (the last before it).
        Assert.Equal(T0.AddSeconds(20), then.GetProperty("at").GetDateTimeOffset());
        JsonElement t = Assert.Single(then.GetProperty("tracks").EnumerateArray());
        Assert.Equal(T0.AddSeconds(19), t.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(34.0019, t.GetProperty("lat").GetDouble(), 9);
        JsonElement[] trail = [.. t.GetProperty("trail").EnumerateArray()];
        Assert.Equal([T0.AddSeconds(14), T0.AddSeconds(19)], trail.Select(p => p[2].GetDateTimeOffset()));
        Assert.Equal(71.0014, trail[0][0].GetDouble(), 9);
        Assert.Equal(34.0014, trail[0][1].GetDouble(), 9);
    }

    [Fact]
    public async Task Tracks_NowWithTrail_ShortTrailEndsAtTheTrack()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        Fly(live.Server.Services.GetRequiredService<LivePicture>(), 60);
        using HttpClient client = live.Client("observer");

        JsonElement now = await client.GetFromJsonAsync<JsonElement>("api/tracks?trail=9");
        JsonElement[] trail = [.. Assert.Single(now.GetProperty("tracks").EnumerateArray()).GetProperty("trail").EnumerateArray()];
        Assert.Equal([52, 54, 56, 58, 60], trail.Select(p => (int)(p[2].GetDateTimeOffset() - T0).TotalSeconds));
    }

    [Fact]
    public async Task Tracks_AtBeforeHistory_404()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        Fly(live.Server.Services.GetRequiredService<LivePicture>(), 60);
        using HttpClient client = live.Client("observer");

        using HttpResponseMessage response = await client.GetAsync(new Uri("api/tracks?at=2026-06-30T01:00:00Z", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("history starts at 2026-06-30T01:30:05", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/tracks?at=yesterday")]
    [InlineData("api/tracks?trail=-5")]
    [InlineData("api/tracks/X12")]
    public async Task Tracks_BadParameter_400Problem(string url)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TrackById_WholeTrail_FromHistoryThenShortTrail()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        Fly(live.Server.Services.GetRequiredService<LivePicture>(), 300);
        using HttpClient client = live.Client("observer");

        JsonElement t = await client.GetFromJsonAsync<JsonElement>("api/tracks/T0003");
        int[] seconds = [.. t.GetProperty("trail").EnumerateArray().Select(p => (int)(p[2].GetDateTimeOffset() - T0).TotalSeconds)];
        // History frames every 5 s until the two-minute short trail (every 2 s) takes over, then now.
        Assert.Equal(4, seconds[0]);
        Assert.Equal(300, seconds[^1]);
        Assert.Equal(seconds.Order(), seconds);
        Assert.Contains(179, seconds);
        Assert.Contains(182, seconds);
        Assert.Equal(seconds.Distinct().Count(), seconds.Length);
        Assert.Equal("T0003", t.GetProperty("id").GetString());
    }

    [Fact]
    public async Task History_OverItsPointBudget_SpacingDoublesAndTheSpanIsKept()
    {
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { HistoryPoints = 50 });
        LivePicture picture = live.Server.Services.GetRequiredService<LivePicture>();
        Fly(picture, 600);

        // 120 frames 5 s apart would be over 50; at 10 s, 60 still are; at 20 s, 30 are not.
        (TimeSpan interval, int frames, long points, DateTimeOffset? from) = picture.History;
        Assert.Equal(TimeSpan.FromSeconds(20), interval);
        Assert.InRange(points, 1, 50);
        Assert.Equal(frames, points);
        Assert.Equal(T0.AddSeconds(20), from);

        using HttpClient client = live.Client("observer");
        JsonElement then = await client.GetFromJsonAsync<JsonElement>("api/tracks?at=2026-06-30T01:31:45Z");
        Assert.Equal(T0.AddSeconds(100), then.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(T0.AddSeconds(99), Assert.Single(then.GetProperty("tracks").EnumerateArray()).GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task History_PastItsSpan_OldFramesDropped()
    {
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { History = TimeSpan.FromMinutes(1) });
        LivePicture picture = live.Server.Services.GetRequiredService<LivePicture>();
        Fly(picture, 300);
        Assert.Equal(T0.AddSeconds(240), picture.History.From);
    }

    [Fact]
    public async Task TrackById_Unknown_404()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/tracks/T0099", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
