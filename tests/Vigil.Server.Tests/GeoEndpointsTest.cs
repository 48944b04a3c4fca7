using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Vigil.Server.Tests;

public sealed class GeoEndpointsTest
{
    [Theory]
    [InlineData("api/geo/borders", 6, "LineString")]
    [InlineData("api/geo/places", 340, "Point")]
    public async Task Layer_WithoutKey_FeatureCollectionWithCacheHeaders(string path, int features, string geometry)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.ETag);
        using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        JsonElement[] all = [.. doc.RootElement.GetProperty("features").EnumerateArray()];
        Assert.Equal(features, all.Length);
        Assert.All(all, f => Assert.Equal(geometry, f.GetProperty("geometry").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Head_Places_GetsHeadersWithoutTheBody()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        byte[] body = await client.GetByteArrayAsync(new Uri("api/geo/places", UriKind.Relative));
        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri("api/geo/places", UriKind.Relative));
        using HttpResponseMessage response = await client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Borders_Pakistan_FullLineRoundedToFiveDecimals()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using JsonDocument doc = JsonDocument.Parse(await client.GetByteArrayAsync(new Uri("api/geo/borders", UriKind.Relative)));
        JsonElement pk = doc.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "AF-PK");
        Assert.Equal("Afghanistan–Pakistan", pk.GetProperty("properties").GetProperty("name").GetString());
        JsonElement[] coords = [.. pk.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()];
        Assert.Equal(585, coords.Length); // the bundled line's vertices: none simplified away
        Assert.All(coords, c => Assert.Equal(Math.Round(c[0].GetDouble(), 5), c[0].GetDouble()));
    }

    [Fact]
    public async Task Admin_ProvincesAndDistricts_SimplifiedClosedRings()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        byte[] bytes = await client.GetByteArrayAsync(new Uri("api/geo/admin", UriKind.Relative));
        Assert.InRange(bytes.Length, 100_000, 2_000_000); // the bundled file is 8.2 MB
        using JsonDocument doc = JsonDocument.Parse(bytes);
        JsonElement[] all = [.. doc.RootElement.GetProperty("features").EnumerateArray()];
        Assert.Equal(540, all.Length); // every polygon; the one label point (Xinjiang) has no outline
        JsonElement bajaur = all.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Bajaur");
        Assert.Equal(2, bajaur.GetProperty("properties").GetProperty("level").GetInt32());
        Assert.Equal("PK", bajaur.GetProperty("properties").GetProperty("iso").GetString());
        foreach (JsonElement f in all)
        {
            JsonElement g = f.GetProperty("geometry");
            IEnumerable<JsonElement> polygons = g.GetProperty("type").GetString() == "Polygon"
                ? [g.GetProperty("coordinates")]
                : g.GetProperty("coordinates").EnumerateArray();
            foreach (JsonElement ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                JsonElement[] points = [.. ring.EnumerateArray()];
                Assert.True(points.Length >= 4);
                Assert.Equal(points[0].GetRawText(), points[^1].GetRawText());
            }
        }
    }

    [Fact]
    public async Task Admin_AcceptsGzipThenSameETag_CompressedThen304()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = live.Server.Address };
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, "api/geo/admin");
        gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using HttpResponseMessage gzipped = await client.SendAsync(gzipRequest);
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", gzipped.Headers.Vary);
        byte[] compressed = await gzipped.Content.ReadAsByteArrayAsync();
        using (var plain = new MemoryStream())
        {
            using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
            {
                gzip.CopyTo(plain);
            }

            Assert.True(compressed.Length * 3 < plain.Length);
            using JsonDocument doc = JsonDocument.Parse(plain.ToArray());
            Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, "api/geo/admin");
        again.Headers.IfNoneMatch.Add(gzipped.Headers.ETag!);
        using HttpResponseMessage notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }
}
