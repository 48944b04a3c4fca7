using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Live;

namespace Vigil.Server.Tests;

public sealed class LiveStreamTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Stream_SyntheticSource_TracksBatchesWithEveryField()
    {
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { SyntheticTracks = 50 });
        using HttpClient client = live.Client("observer");
        await using SseReader stream = await SseReader.OpenAsync(client);

        (string name, JsonElement first) = await stream.NextAsync((_, _) => true, Timeout);
        Assert.Equal("tracks", name);
        Assert.True(first.GetProperty("snapshot").GetBoolean());

        (_, JsonElement batch) = await stream.NextAsync(
            (n, d) => n == "tracks" && !d.TryGetProperty("snapshot", out _) && d.GetProperty("tracks").GetArrayLength() > 0, Timeout);
        Assert.True(batch.GetProperty("sent").GetDateTimeOffset() >= batch.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(0, batch.GetProperty("removed").GetArrayLength());
        foreach (JsonElement t in batch.GetProperty("tracks").EnumerateArray())
        {
            Assert.Matches("^T[0-9]{4}$", t.GetProperty("id").GetString());
            Assert.InRange(t.GetProperty("lat").GetDouble(), 32.5, 35.5);
            Assert.InRange(t.GetProperty("lon").GetDouble(), 70.0, 73.0);
            Assert.True(t.GetProperty("altM").GetDouble() > 0);
            Assert.True(t.GetProperty("speedMps").GetDouble() > 0);
            Assert.InRange(t.GetProperty("headingDeg").GetDouble(), 0, 360);
            Assert.Contains(t.GetProperty("class").GetString(), new[] { "drone", "bird", "aircraft", "unknown" });
            Assert.InRange(t.GetProperty("probability").GetDouble(), 0, 1);
            Assert.Contains(t.GetProperty("status").GetString(), new[] { "tentative", "confirmed" });
            Assert.True(t.TryGetProperty("sector", out _));
            Assert.False(t.GetProperty("alerted").GetBoolean());
            Assert.True(t.TryGetProperty("uasId", out _));
            Assert.True(t.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
        }
    }

    [Fact]
    public async Task Stream_OneTrack_SentAtMostOncePerSecond()
    {
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { SyntheticTracks = 20 });
        using HttpClient client = live.Client("operator PK");
        await using SseReader stream = await SseReader.OpenAsync(client);

        var sent = new List<DateTimeOffset>();
        while (sent.Count < 3)
        {
            (_, JsonElement batch) = await stream.NextAsync((n, d) => n == "tracks" && !d.TryGetProperty("snapshot", out _), Timeout);
            int times = batch.GetProperty("tracks").EnumerateArray().Count(t => t.GetProperty("id").GetString() == "T0001");
            Assert.InRange(times, 0, 1);
            if (times == 1)
            {
                sent.Add(batch.GetProperty("sent").GetDateTimeOffset());
            }
        }

        Assert.True(sent[1] - sent[0] >= LivePicture.TrackGap, $"sent at {sent[0]:O} and {sent[1]:O}");
        Assert.True(sent[2] - sent[1] >= LivePicture.TrackGap, $"sent at {sent[1]:O} and {sent[2]:O}");
    }

    [Fact]
    public async Task Stream_ClientFallsBehind_DroppedEventThenFreshSnapshot()
    {
        DateTimeOffset t0 = new(2026, 6, 30, 1, 30, 0, TimeSpan.Zero);
        var clock = new ManualClock(t0);
        await using LiveServer live = await LiveServer.StartAsync(configure: o => o with { Clock = clock });
        LivePicture picture = live.Server.Services.GetRequiredService<LivePicture>();
        using HttpClient client = live.Client("observer");
        await using SseReader stream = await SseReader.OpenAsync(client);
        await stream.NextAsync((n, _) => n == "tracks", Timeout);

        // 4 events of 256 tracks a batch, 300 batches: far more than the stream's queue (512 events)
        // and the socket's buffers hold while the client reads nothing.
        LiveTrack[] states = [.. Enumerable.Range(1, 1024).Select(i => new LiveTrack
        {
            Id = new Vigil.Core.TrackId(i),
            At = t0,
            Position = new Vigil.Core.GeoPoint(34, 71, 1000),
            Sector = "Bajaur",
        })];
        for (int k = 1; k <= 300; k++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            for (int i = 0; i < states.Length; i++)
            {
                states[i] = states[i] with { At = t0.AddSeconds(k), SpeedMps = k };
            }

            picture.Apply(states);
            picture.Flush();
        }

        (string name, JsonElement dropped) = await stream.NextAsync((n, _) => n != "tracks", Timeout);
        Assert.Equal("dropped", name);
        long count = dropped.GetProperty("count").GetInt64();
        Assert.True(count > 0, "lost some");
        Assert.Equal(count, dropped.GetProperty("total").GetInt64());

        (name, JsonElement snapshot) = await stream.NextAsync((_, _) => true, Timeout);
        Assert.Equal("tracks", name);
        Assert.True(snapshot.GetProperty("snapshot").GetBoolean());
        Assert.Equal(1024, snapshot.GetProperty("tracks").GetArrayLength());
        Assert.All(snapshot.GetProperty("tracks").EnumerateArray(), t => Assert.Equal(300, t.GetProperty("speedMps").GetDouble()));
    }

    [Fact]
    public async Task Stream_WithoutKey_401()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stream_PartyNotification_OnlyThatPartyAndNeutralKeys()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        string[] holders = ["operator PK", "liaison PK", "liaison AF", "operator AF", "facilitator", "witness", "observer"];
        var clients = holders.Select(live.Client).ToList();
        var streams = new List<SseReader>();
        try
        {
            foreach (HttpClient c in clients)
            {
                SseReader s = await SseReader.OpenAsync(c);
                streams.Add(s);
                await s.NextAsync((n, _) => n == "tracks", Timeout);
            }

            EventHub hub = live.Server.Services.GetRequiredService<EventHub>();
            hub.Publish(new ServerEvent("notification", Encoding.UTF8.GetBytes("""{"incident":"INC-0001","to":"AF"}"""), "AF"));
            hub.Publish(new ServerEvent("checkpoint", Encoding.UTF8.GetBytes("""{"size":1}""")));

            for (int i = 0; i < holders.Length; i++)
            {
                (string name, _) = await streams[i].NextAsync((n, _) => n is "notification" or "checkpoint", Timeout);
                bool shouldSee = holders[i] is "liaison AF" or "operator AF" or "facilitator" or "witness" or "observer";
                Assert.True(shouldSee == (name == "notification"), $"{holders[i]} got {name} first");
            }
        }
        finally
        {
            foreach (SseReader s in streams)
            {
                await s.DisposeAsync();
            }

            clients.ForEach(c => c.Dispose());
        }
    }
}
