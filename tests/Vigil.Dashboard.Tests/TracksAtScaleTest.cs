using System.Globalization;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The dashboard with thousands of live tracks (<see cref="SyntheticServer"/>): all drawn by the GPU
/// layer, a virtual track list, filters on the map, the list and the address, search by id, and
/// picking a track with the mouse.
/// </summary>
[Collection(SyntheticCollection.Name)]
public sealed class TracksAtScaleTest(SyntheticServer server) : IDisposable
{
    private const string AllInView = "lat=34.0&lon=71.5&zoom=7.5";
    private readonly Browser _browser = Browser.Start();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public void Open_ThousandsOfTracks_AllDrawnAndOnlyTheRowsInSightInThePage()
    {
        _browser.Open(server.Link(AllInView));
        _browser.Until(() => Drawn() == SyntheticServer.Tracks, $"{SyntheticServer.Tracks} tracks drawn");
        _browser.Until(() => _browser.Find("[data-testid=tracks-panel]").GetDomAttribute("data-total") == SyntheticServer.Tracks.ToString(CultureInfo.InvariantCulture), "the list to count every track");
        _browser.Screenshot("10-scale-overview");

        int rows = _browser.FindAll("[data-testid=track-row]").Count;
        Assert.InRange(rows, 5, 60);
        Assert.Equal("T0001", FirstRowId()); // nothing alerted: by id

        // Scrolled to the end, the rows in sight are the last tracks, and still only a few are in the page.
        _browser.Script("const s = document.querySelector('[data-testid=track-list]'); s.scrollTop = s.scrollHeight;");
        _browser.Until(() => _browser.FindAll("[data-testid=track-row]").Any(r => r.GetDomAttribute("data-track-id") == "T3000"), "the last track's row");
        Assert.InRange(_browser.FindAll("[data-testid=track-row]").Count, 5, 60);
    }

    [Fact]
    public async Task Filters_DronesWithRemoteId_ApplyToMapListAndAddressAndSurviveAReload()
    {
        _browser.Open(server.Link(AllInView));
        _browser.Until(() => Drawn() == SyntheticServer.Tracks, "every track drawn");
        foreach (string c in new[] { "bird", "aircraft", "unknown" })
        {
            _browser.Click($"[data-testid=filter-class-{c}]");
        }

        Choose("[data-testid=filter-cooperative]", "yes");
        int expected = await CountAsync(t => t.GetProperty("class").GetString() == "drone" && t.GetProperty("uasId").ValueKind == JsonValueKind.String);
        Assert.InRange(expected, 1, SyntheticServer.Tracks / 2);
        _browser.Until(() => Math.Abs(Drawn() - expected) <= 3, $"about {expected} drones with Remote ID drawn (some are still being confirmed)");
        _browser.Until(() => Total() == Drawn(), "the list to agree with the map");
        Assert.All(Read("[data-testid=track-row] .class-dot", "className"), c => Assert.Contains("class-drone", c, StringComparison.Ordinal));
        Assert.All(Read("[data-testid=track-row]", "textContent"), r => Assert.Contains("RID", r, StringComparison.Ordinal));
        Assert.Contains("classes=drone", _browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("coop=yes", _browser.Driver.Url, StringComparison.Ordinal);
        _browser.Screenshot("11-scale-filtered");

        _browser.Reload();
        Assert.False(_browser.Find("[data-testid=filter-class-bird]").Selected);
        Assert.True(_browser.Find("[data-testid=filter-class-drone]").Selected);
        Assert.Equal("yes", _browser.Find("[data-testid=filter-cooperative]").GetDomProperty("value"));
        _browser.Until(() => Drawn() > 0 && Math.Abs(Drawn() - expected) <= 3, "the same tracks drawn after the reload");
    }

    [Fact]
    public async Task Sector_Chosen_OnlyItsTracksListed()
    {
        _browser.Open(server.Link(AllInView));
        _browser.Until(() => _browser.FindAll("[data-testid=filter-sector] option").Count > 2, "sectors to choose from");
        string sector = _browser.FindAll("[data-testid=filter-sector] option")[1].GetDomProperty("value")!;
        Choose("[data-testid=filter-sector]", sector);
        int expected = await CountAsync(t => t.GetProperty("sector").GetString() == sector);
        _browser.Until(() => Math.Abs(Total() - expected) <= Math.Max(3, expected / 10), $"about {expected} tracks over {sector} (they move in and out)");
        Assert.All(Read("[data-testid=track-row] .track-sector", "textContent"), s => Assert.Equal(sector, s));
        Assert.Contains("sector=", _browser.Driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TrackId_ListsItAndEnterSelectsIt()
    {
        _browser.Open(server.Link(AllInView));
        _browser.Until(() => Total() == SyntheticServer.Tracks, "the list");
        _browser.Find("[data-testid=track-search]").SendKeys("T0042");
        _browser.Until(() => Total() == 1 && FirstRowId() == "T0042", "T0042 alone in the list");
        _browser.Find("[data-testid=track-search]").SendKeys(Keys.Enter);
        _browser.Until(() => _browser.Find("[data-testid=track-info]").GetDomAttribute("data-track-id") == "T0042", "T0042's card");
        _browser.Until(() => _browser.Text("[data-testid=track-info] dl").Contains("position", StringComparison.Ordinal), "T0042's state on its card");
        Assert.Contains("track=T0042", _browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("q=T0042", _browser.Driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_OnATrack_SelectsThatTrack()
    {
        _browser.Open(server.Link("lat=34.0&lon=71.5&zoom=12"));
        _browser.Until(() => Drawn() > 0, "tracks drawn");
        JsonElement track = (await TracksAsync()).First(t => t.GetProperty("id").GetString() == "T0100");
        string lon = track.GetProperty("lon").GetDouble().ToString(CultureInfo.InvariantCulture);
        string lat = track.GetProperty("lat").GetDouble().ToString(CultureInfo.InvariantCulture);
        _browser.Script($"window.vigilMap.jumpTo({{ center: [{lon}, {lat}], zoom: 12 }})");
        _browser.Until(() => (bool)_browser.Script("return window.vigilMap.loaded()")!, "the map to settle");

        // Click where T0100 is drawn now (it moves up to a few pixels a second at this zoom).
        IWebElement canvas = _browser.Find("#map canvas");
        var at = (IReadOnlyDictionary<string, object>)_browser.Script(
            "const p = window.vigilMap.project([arguments[0], arguments[1]]); return { x: p.x, y: p.y };", double.Parse(lon, CultureInfo.InvariantCulture), double.Parse(lat, CultureInfo.InvariantCulture))!;
        double x = Convert.ToDouble(at["x"], CultureInfo.InvariantCulture), y = Convert.ToDouble(at["y"], CultureInfo.InvariantCulture);
        new Actions(_browser.Driver).MoveToElement(canvas, (int)(x - (canvas.Size.Width / 2.0)), (int)(y - (canvas.Size.Height / 2.0))).Click().Perform();
        _browser.Until(() => _browser.Find("[data-testid=track-info]").GetDomAttribute("data-track-id") == "T0100", "T0100 selected by the click");
        Assert.Contains("track=T0100", _browser.Driver.Url, StringComparison.Ordinal);
        _browser.Until(() => _browser.FindAll("[data-testid=track-row].selected").Count <= 1, "at most its row marked");
        _browser.Screenshot("12-scale-selected");
    }

    [Fact]
    public void Pan_WithinTheImage_ShowsWhatDrawingAnewShows()
    {
        _browser.Open(server.Link(AllInView));
        _browser.Until(() => Drawn() == SyntheticServer.Tracks, "every track drawn");
        _browser.Until(() => _browser.Script("return document.body.dataset.geo") is "loaded", "the base map");

        // In one task, so that no new picture of the tracks comes in between: a frame drawn, the map
        // moved 37 × 23 px (within the image's margin: the image is moved, not drawn again) and read;
        // then away and back, so that the image is drawn anew for the same view, and read again.
        const string script = """
            const map = window.vigilMap;
            const gl = map.getCanvas().getContext('webgl2');
            const read = () => {
              map.redraw();
              const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
              gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
              return pixels;
            };
            read();
            const centre = map.getCenter();
            map.panBy([37, 23], { animate: false });
            const moved = read();
            const panned = map.getCenter();
            map.jumpTo({ center: centre, zoom: map.getZoom() + 1 });
            read();
            map.jumpTo({ center: panned, zoom: map.getZoom() - 1 });
            const anew = read();
            // Pixels that differ between two pictures, the second read `dx` pixels to the right.
            const width = gl.drawingBufferWidth;
            const differing = (a, b, dx) => {
              let n = 0;
              for (let i = 0; i < a.length; i += 4) {
                if ((i / 4) % width + dx >= width) continue;
                const j = i + 4 * dx;
                if (a[i] !== b[j] || a[i + 1] !== b[j + 1] || a[i + 2] !== b[j + 2]) n++;
              }
              return n;
            };
            let drone = 0;
            for (let i = 0; i < moved.length; i += 4) {
              if (moved[i] === 0xd6 && moved[i + 1] === 0x27 && moved[i + 2] === 0x28) drone++;
            }
            return { differ: differing(moved, anew, 0), offByOne: differing(moved, anew, 1), drone, pixels: moved.length / 4 };
            """;
        var result = (IReadOnlyDictionary<string, object>)_browser.Script(script)!;
        long pixels = (long)result["pixels"];
        Assert.InRange((long)result["drone"], 1000L, pixels); // tracks were in the picture
        // The same but for a few pixels of 1-pixel trail segments that float32 rounding puts on
        // either side of a pixel's edge (20 to 110 of 840,000 seen); a picture one pixel off
        // differs in about 190,000.
        Assert.InRange((long)result["differ"], 0L, pixels / 2000);
        Assert.InRange((long)result["offByOne"], pixels / 100, pixels);
    }

    /// <summary>Picks <paramref name="value"/> in the select <paramref name="css"/> as a person would (its change event fires).</summary>
    private void Choose(string css, string value) =>
        _browser.Script("const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change'));", css, value);

    private int Drawn() => int.Parse((string?)_browser.Script("return document.body.dataset.tracksDrawn") ?? "0", CultureInfo.InvariantCulture);

    private int Total() => int.Parse(_browser.Find("[data-testid=tracks-panel]").GetDomAttribute("data-total") ?? "0", CultureInfo.InvariantCulture);

    // A property of every element `css` finds, read in one go: the rows are redrawn every second.
    private string[] Read(string css, string property)
    {
        var values = (IReadOnlyCollection<object>)_browser.Script(
            "return [...document.querySelectorAll(arguments[0])].map((e) => String(e[arguments[1]]));", css, property)!;
        Assert.NotEmpty(values);
        return [.. values.Cast<string>()];
    }

    private string? FirstRowId() => _browser.FindAll("[data-testid=track-row]") is [var first, ..] ? first.GetDomAttribute("data-track-id") : null;

    private async Task<JsonElement[]> TracksAsync()
    {
        using HttpClient http = server.Client();
        using JsonDocument doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/tracks", UriKind.Relative)));
        return [.. doc.RootElement.GetProperty("tracks").EnumerateArray().Select(t => t.Clone())];
    }

    private async Task<int> CountAsync(Func<JsonElement, bool> predicate) => (await TracksAsync()).Count(predicate);
}
