using System.Net;

namespace Vigil.Server.Tests;

public sealed class DashboardFilesTest
{
    [Theory]
    [InlineData("", "text/html", "js/main.js")]
    [InlineData("js/main.js", "text/javascript", "createMap")]
    [InlineData("js/settings.js", "text/javascript", "trackColours")]
    [InlineData("vendor/maplibre-gl/maplibre-gl.js", "text/javascript", "MapLibre GL JS")]
    [InlineData("vendor/maplibre-gl/maplibre-gl.css", "text/css", ".maplibregl-map")]
    [InlineData("vendor/maplibre-gl/LICENSE.txt", "text/plain", "MapLibre contributors")]
    public async Task File_WithoutKey_ServedFromTheDefaultWebRoot(string path, string mediaType, string contains)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(contains, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
