using System.Globalization;
using System.Text.Json;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The dashboard's frame reader (js/track-frames.js) in the browser, on the real server's bytes
/// (GET /api/tracks as track frames) cut into chunks of every size from 1 to 13 bytes: the same
/// tracks, field by field, as the JSON answer for the same moment of the history.
/// </summary>
[Collection(SyntheticCollection.Name)]
public sealed class TrackFramesTest(SyntheticServer server) : IDisposable
{
    private readonly Browser _browser = Browser.Start();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task ReadFrame_ServerBytesCutAnywhere_SameTracksAsTheJson()
    {
        using HttpClient http = server.Client();
        string? from = null;
        for (DateTime end = DateTime.UtcNow.AddSeconds(60); from is null; await Task.Delay(500))
        {
            Assert.True(DateTime.UtcNow < end, "the server kept no history within a minute");
            using JsonDocument now = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/tracks", UriKind.Relative)));
            from = now.RootElement.GetProperty("historyFrom").GetString();
        }

        string path = $"api/tracks?at={Uri.EscapeDataString(from)}";
        using JsonDocument expected = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));

        _browser.Driver.Navigate().GoToUrl(new Uri(server.Address, "css/vigil.css")); // any page of the server: same origin for the module
        string json = (string)_browser.Driver.ExecuteAsyncScript("""
            const [path, key, done] = arguments;
            (async () => {
              const { FrameReader, readFrame, readTrack, CLASSES, Flag } = await import('/js/track-frames.js');
              const response = await fetch('/' + path, { headers: { Accept: 'application/vnd.vigil.tracks', Authorization: 'Bearer ' + key } });
              if (response.headers.get('Content-Type') !== 'application/vnd.vigil.tracks') throw new Error('content type ' + response.headers.get('Content-Type'));
              const bytes = new Uint8Array(await response.arrayBuffer());
              const kinds = [];
              const tracks = [];
              const reader = new FrameReader((view) => {
                const frame = readFrame(view);
                kinds.push(frame.kind);
                for (let i = 0; i < frame.trackCount; i++) {
                  const t = readTrack(frame, i, {});
                  tracks.push({ id: t.id, lat: t.lat, lon: t.lon, at: t.at, altM: t.altM, speedMps: t.speedMps, headingDeg: t.headingDeg,
                    class: CLASSES[t.cls], probability: t.probability, confirmed: Boolean(t.flags & Flag.confirmed),
                    alerted: Boolean(t.flags & Flag.alerted), cooperative: Boolean(t.flags & Flag.cooperative), sector: t.sector, uasId: t.uasId,
                    frameAt: frame.at });
                }
              });
              for (let at = 0, size = 1; at < bytes.length; at += size, size = size % 13 + 1) reader.push(bytes.subarray(at, at + size));
              return { kinds, tracks, left: reader.pending.length };
            })().then((r) => done(JSON.stringify(r)), (e) => done(JSON.stringify({ error: String(e) })));
            """, path, server.Key)!;
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement r = doc.RootElement;
        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.Equal(0, r.GetProperty("left").GetInt32());
        int[] kinds = [.. r.GetProperty("kinds").EnumerateArray().Select(k => k.GetInt32())];
        Assert.Equal(1, kinds[0]); // a snapshot, then its continuation
        Assert.All(kinds.Skip(1), k => Assert.Equal(2, k));

        JsonElement[] want = [.. expected.RootElement.GetProperty("tracks").EnumerateArray()];
        JsonElement[] got = [.. r.GetProperty("tracks").EnumerateArray()];
        Assert.Equal(want.Length, got.Length);
        Assert.True(want.Length > 0);
        for (int i = 0; i < want.Length; i++)
        {
            JsonElement w = want[i], g = got[i];
            string id = w.GetProperty("id").GetString()!;
            Assert.Equal(int.Parse(id[1..], CultureInfo.InvariantCulture), g.GetProperty("id").GetInt32());
            Assert.Equal(w.GetProperty("lat").GetDouble(), g.GetProperty("lat").GetDouble(), 6);
            Assert.Equal(w.GetProperty("lon").GetDouble(), g.GetProperty("lon").GetDouble(), 6);
            Assert.Equal(DateTimeOffset.Parse(w.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), g.GetProperty("at").GetDouble());
            Assert.True(Math.Abs(w.GetProperty("altM").GetDouble() - g.GetProperty("altM").GetDouble()) <= 0.55, $"{id} altitude");
            Assert.True(Math.Abs(w.GetProperty("speedMps").GetDouble() - g.GetProperty("speedMps").GetDouble()) <= 0.051, $"{id} speed");
            double heading = Math.Abs(w.GetProperty("headingDeg").GetDouble() - g.GetProperty("headingDeg").GetDouble());
            Assert.True(Math.Min(heading, 360 - heading) <= 0.051, $"{id} heading"); // 0.0 and 359.99 are 0.01° apart
            Assert.Equal(w.GetProperty("class").GetString(), g.GetProperty("class").GetString());
            Assert.True(Math.Abs(w.GetProperty("probability").GetDouble() - g.GetProperty("probability").GetDouble()) <= 0.5 / 255 + 0.0005, $"{id} probability");
            Assert.Equal(w.GetProperty("status").GetString() == "confirmed", g.GetProperty("confirmed").GetBoolean());
            Assert.Equal(w.GetProperty("alerted").GetBoolean(), g.GetProperty("alerted").GetBoolean());
            Assert.Equal(w.GetProperty("uasId").GetString(), g.GetProperty("uasId").GetString());
            Assert.Equal(w.GetProperty("uasId").ValueKind == JsonValueKind.String, g.GetProperty("cooperative").GetBoolean());
            Assert.Equal(w.GetProperty("sector").GetString(), g.GetProperty("sector").GetString());
        }
    }
}
