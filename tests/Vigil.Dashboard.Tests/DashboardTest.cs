using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The dashboard in headless Chromium against the real <c>vigil demo</c> server: what a person
/// opening the demo's link sees and does. Each test saves screenshots (Browser.ScreenshotDirectory).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class DashboardTest(DemoServer demo) : IDisposable
{
    private readonly Browser _browser = Browser.Start();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task Open_DemoLink_ShowsEveryAlertAndIncidentOnTheMap()
    {
        JsonElement alerts = await Get("api/alerts");
        JsonElement incidents = await Get("api/incidents");
        string[] alertIds = [.. alerts.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
        string[] incidentIds = [.. incidents.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        Assert.Equal(6, alertIds.Length); // the demo's 5 crossings and 1 swarm
        Assert.Equal(["INC-0001", "INC-0002"], incidentIds.Order());

        _browser.Open(demo.DashboardLink);
        _browser.Until(() => _browser.FindAll("[data-testid=alert]").Count == alertIds.Length, "every alert in the panel");
        // The panels re-render as the live stream brings alert updates: read them again if they did
        // while being read (Until polls again on a stale element; a failed assertion fails at once).
        _browser.Until(() =>
        {
            Assert.Equal(alertIds.Order(), _browser.FindAll("[data-testid=alert]").Select(a => a.GetDomAttribute("data-alert-id")).Order());
            Assert.Equal(incidentIds.Order(), _browser.FindAll("[data-testid=incident]").Select(i => i.GetDomAttribute("data-incident-id")).Order());

            // Newest first, and each shows its kind, sector, class and time.
            string[] times = [.. _browser.FindAll("[data-testid=alert-time]").Select(t => t.Text)];
            Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
            IWebElement first = _browser.Find("[data-testid=alert]");
            Assert.Matches("border crossing|swarm", first.FindElement(By.CssSelector("[data-testid=alert-kind]")).Text);
            Assert.Contains("drone", first.FindElement(By.CssSelector("[data-testid=alert-class]")).Text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(first.FindElement(By.CssSelector("[data-testid=alert-sector]")).Text));
            return true;
        }, "the alerts and incidents read whole");

        // The map drew the base map (painted in a worker, drawn with WebGL on SwiftShader): the
        // pixels inside Afghanistan, inside Pakistan's Balochistan and in India, beyond the bundled
        // data, have the colours of settings.js. It names places without a glyph server.
        Assert.Equal("loaded", _browser.Script("return document.body.dataset.geo"));
        Assert.Equal(["#f4efe4", "#ebe7f0", "#dfe6ea"], MapColours((66.0, 33.5), (68.5, 29.5), (77.0, 30.5)));
        Assert.NotEmpty(_browser.FindAll("[data-testid=place]"));
        Assert.Equal("live", _browser.Find("[data-testid=timebar]").GetDomAttribute("data-mode"));
        _browser.Until(() => _browser.Find("[data-testid=connection]").GetDomAttribute("data-state") == "open", "the live stream to open");
        _browser.Screenshot("01-overview");

        // Zoomed to a drone of the replayed run: the tracks, coloured by class, with their trails.
        JsonElement drone = default;
        for (DateTime end = DateTime.UtcNow.AddSeconds(120); drone.ValueKind != JsonValueKind.Object; await Task.Delay(500))
        {
            Assert.True(DateTime.UtcNow < end, "no drone in the live picture within 2 minutes");
            drone = (await Get("api/tracks")).GetProperty("tracks").EnumerateArray().FirstOrDefault(t => t.GetProperty("class").GetString() == "drone");
        }

        _browser.Script($"window.vigilMap.jumpTo({{ center: [{drone.GetProperty("lon").GetDouble().ToString(CultureInfo.InvariantCulture)}, {drone.GetProperty("lat").GetDouble().ToString(CultureInfo.InvariantCulture)}], zoom: 10 }})");
        _browser.Until(() => int.Parse((string?)_browser.Script("return document.body.dataset.tracks") ?? "0", CultureInfo.InvariantCulture) > 0, "tracks on the map");
        _browser.Until(() => (bool)_browser.Script("return window.vigilMap.loaded()")!, "the map to settle");
        _browser.Screenshot("02-tracks");
    }

    [Fact]
    public void Open_DemoLink_KeyTakenOutOfTheAddressIntoThisTab()
    {
        _browser.Open(demo.DashboardLink);
        Assert.DoesNotContain("key=", _browser.Driver.Url, StringComparison.Ordinal);
        Assert.Equal(demo.Key, _browser.Script("return sessionStorage.getItem('vigil.key')"));
        Assert.StartsWith("operator PK", _browser.Text("[data-testid=me]"), StringComparison.Ordinal);
        Assert.False(_browser.Find("[data-testid=key-form]").Displayed);
    }

    [Fact]
    public void Open_WithoutKey_AsksForOneThenLoads()
    {
        _browser.Driver.Navigate().GoToUrl(demo.Address);
        _browser.Until(() => _browser.Find("[data-testid=key-form]").Displayed, "the key form");
        _browser.Screenshot("03-key-form");

        _browser.Find("[data-testid=key-input]").SendKeys("vgl_not-a-key");
        _browser.Find("[data-testid=key-submit]").Click();
        _browser.Until(() => _browser.Text("[data-testid=key-message]").Contains("refused", StringComparison.Ordinal), "the refusal");

        _browser.Find("[data-testid=key-input]").SendKeys(demo.Key);
        _browser.Find("[data-testid=key-submit]").Click();
        _browser.WaitForDashboard();
        Assert.NotEmpty(_browser.FindAll("[data-testid=alert]"));
    }

    [Fact]
    public async Task Incident_Clicked_ShowsEachPartysClaimsSideBySideWithEvidenceGradeAndLog()
    {
        _browser.Open(demo.DashboardLink);
        _browser.Click("[data-testid=incident][data-incident-id='INC-0001'] button");
        _browser.Until(() => _browser.Find("[data-testid=incident-detail]").GetDomAttribute("data-state") == "loaded", "INC-0001's detail");
        Assert.Contains("incident=INC-0001", _browser.Driver.Url, StringComparison.Ordinal);

        JsonElement detail = await Get("api/incidents/INC-0001");
        JsonElement[] claims = [.. detail.GetProperty("record").GetProperty("claims").EnumerateArray()];
        string[] parties = [.. claims.Select(c => c.GetProperty("party").GetString()!).Distinct()];
        Assert.True(parties.Length >= 2, $"the demo attaches both sides' claims to INC-0001; the record has {parties.Length} parties");
        Assert.Contains(claims, c => c.GetProperty("stance").GetString() == "asserts");
        Assert.Contains(claims, c => c.GetProperty("stance").GetString() == "denies");

        // One column per party, side by side (same top edge), each with its claims.
        IReadOnlyList<IWebElement> columns = _browser.FindAll("[data-testid=claims-party]");
        Assert.Equal(parties, columns.Select(c => c.GetDomAttribute("data-party")));
        Assert.Single(columns.Select(c => c.Location.Y).Distinct());
        Assert.True(columns.Select(c => c.Location.X).Distinct().Count() == columns.Count);
        Assert.Equal(claims.Length, _browser.FindAll("[data-testid=claim]").Count);
        Assert.Contains(_browser.FindAll("[data-testid=claim] .badge"), b => b.Text == "denies");

        // The evidence, the grade (decided and suggested) and the log.
        Assert.Contains("A0001", _browser.Text("[data-testid=incident-evidence]"), StringComparison.Ordinal);
        string suggested = detail.GetProperty("record").GetProperty("suggestedGrade").GetProperty("grade").GetString()!;
        Assert.Equal(suggested, _browser.Text("[data-testid=grade-suggested]"));
        Assert.False(string.IsNullOrWhiteSpace(_browser.Text("[data-testid=grade-decided]")));
        string ledger = _browser.Text("[data-testid=ledger-status]");
        Assert.Contains(detail.GetProperty("ledger").GetProperty("logIndex").GetInt64().ToString(CultureInfo.InvariantCulture), ledger, StringComparison.Ordinal);
        Assert.Contains(detail.GetProperty("ledger").GetProperty("included").GetBoolean() ? "included in the checkpoint" : "not yet in a checkpoint", ledger, StringComparison.Ordinal);
        Assert.Equal(detail.GetProperty("versions").GetArrayLength(), _browser.FindAll("[data-testid=incident-versions] tbody tr").Count);
        _browser.Screenshot("04-incident-claims");

        // Esc closes it and takes it out of the address.
        _browser.Find("body").SendKeys(Keys.Escape);
        _browser.Until(() => !_browser.Find("[data-testid=incident-detail]").Displayed, "the detail to close");
        Assert.DoesNotContain("incident=", _browser.Driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_Acknowledged_PanelAndApiShowItWithReactionTime()
    {
        _browser.Open(demo.DashboardLink);
        string id = "";
        _browser.Until(() => (id = _browser.Find("[data-testid=alert][data-state=open]").GetDomAttribute("data-alert-id") ?? "") != "", "an open alert");
        string selector = $"[data-testid=alert][data-alert-id='{id}']";
        _browser.Click($"{selector} [data-testid=ack-button]");

        _browser.Until(() => _browser.Find(selector).GetDomAttribute("data-state") == "acknowledged", $"{id} to show acknowledged");
        string state = _browser.Find(selector).FindElement(By.CssSelector("[data-testid=ack-state]")).Text;
        Assert.Contains("Acknowledged", state, StringComparison.Ordinal);
        Assert.Contains("reaction", state, StringComparison.Ordinal);
        Assert.Empty(_browser.Find(selector).FindElements(By.CssSelector("[data-testid=ack-button]")));

        JsonElement alert = (await Get("api/alerts")).GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        JsonElement ack = alert.GetProperty("acknowledgement");
        Assert.Equal(JsonValueKind.Object, ack.ValueKind);
        Assert.True(ack.GetProperty("reactionSeconds").GetDouble() >= 0);
        _browser.Screenshot("05-alert-acknowledged");

        // Still acknowledged after a reload: it came from the server, not the page.
        _browser.Reload();
        Assert.Equal("acknowledged", _browser.Find(selector).GetDomAttribute("data-state"));
    }

    [Fact]
    public void Reload_WithTheViewInTheAddress_KeepsIncidentAndMapPosition()
    {
        var view = new Uri(demo.Address, "?lat=34.8274&lon=71.2633&zoom=8.50&incident=INC-0002");
        _browser.Open(new Uri(view + demo.DashboardLink.Fragment)); // the key, as the demo's link gives it
        _browser.Until(() => _browser.Find("[data-testid=incident-detail]").GetDomAttribute("data-state") == "loaded", "INC-0002's detail");
        AssertCentre(34.8274, 71.2633, 8.5);

        // Move the map: the address follows, and a reload restores it.
        _browser.Script("window.vigilMap.jumpTo({ center: [70.5, 33.25], zoom: 7.25 })");
        _browser.Until(() => _browser.Driver.Url.Contains("lat=33.2500&lon=70.5000&zoom=7.25", StringComparison.Ordinal), "the address to follow the map");
        string url = _browser.Driver.Url;
        Assert.Contains("incident=INC-0002", url, StringComparison.Ordinal);

        _browser.Reload();
        Assert.Equal(url, _browser.Driver.Url);
        _browser.Until(() => _browser.Find("[data-testid=incident-detail]").GetDomAttribute("data-state") == "loaded", "INC-0002's detail after the reload");
        Assert.Equal("INC-0002", _browser.Find("[data-testid=incident-detail]").GetDomAttribute("data-incident-id"));
        AssertCentre(33.25, 70.5, 7.25);
        _browser.Screenshot("06-reloaded-view");
    }

    [Fact]
    public void TimeSlider_StepBack_ReplaysThePastAndKeepsItInTheAddress()
    {
        _browser.Open(demo.DashboardLink);
        _browser.Find("body").SendKeys(",");
        _browser.Until(() => _browser.Find("[data-testid=timebar]").GetDomAttribute("data-mode") == "replay", "replay mode");
        _browser.Until(() => (_browser.Script("return document.body.dataset.picture") as string)?.StartsWith("replay ", StringComparison.Ordinal) == true, "the replayed picture");
        Assert.Contains("&t=", _browser.Driver.Url.Replace("?t=", "&t=", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("Replay", _browser.Text("[data-testid=time-label]"), StringComparison.Ordinal);
        _browser.Screenshot("07-replay");

        string url = _browser.Driver.Url;
        _browser.Reload();
        Assert.Equal("replay", _browser.Find("[data-testid=timebar]").GetDomAttribute("data-mode"));
        Assert.Equal(url, _browser.Driver.Url);

        _browser.Click("[data-testid=go-live]");
        _browser.Until(() => _browser.Find("[data-testid=timebar]").GetDomAttribute("data-mode") == "live", "live mode");
        Assert.DoesNotContain("t=", new Uri(_browser.Driver.Url).Query, StringComparison.Ordinal);
    }

    private void AssertCentre(double lat, double lon, double zoom)
    {
        var centre = (IReadOnlyDictionary<string, object>)_browser.Script(
            "const c = window.vigilMap.getCenter(); return { lat: c.lat, lon: c.lng, zoom: window.vigilMap.getZoom() };")!;
        Assert.Equal(lat, Convert.ToDouble(centre["lat"], CultureInfo.InvariantCulture), 3);
        Assert.Equal(lon, Convert.ToDouble(centre["lon"], CultureInfo.InvariantCulture), 3);
        Assert.Equal(zoom, Convert.ToDouble(centre["zoom"], CultureInfo.InvariantCulture), 2);
    }

    // The colours (#rrggbb) the map's canvas holds at each (lon, lat), read with readPixels right
    // after the map's next frame, while its drawing buffer is still there.
    private string[] MapColours(params (double Lon, double Lat)[] points)
    {
        const string script = """
            const [points, done] = arguments;
            const map = window.vigilMap;
            map.once('render', () => {
              const gl = map.getCanvas().getContext('webgl2');
              const ratio = map.getPixelRatio();
              done(points.map(([lon, lat]) => {
                const p = map.project([lon, lat]);
                const pixel = new Uint8Array(4);
                gl.readPixels(Math.round(p.x * ratio), gl.drawingBufferHeight - 1 - Math.round(p.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
                return '#' + [...pixel.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
              }));
            });
            map.triggerRepaint();
            """;
        object[] lonLats = [.. points.Select(p => (object)new object[] { p.Lon, p.Lat })];
        var colours = (IReadOnlyCollection<object>)_browser.Driver.ExecuteAsyncScript(script, [lonLats])!;
        return [.. colours.Cast<string>()];
    }

    private async Task<JsonElement> Get(string path)
    {
        using HttpClient client = demo.Client();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }
}
