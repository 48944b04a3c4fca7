using System.Globalization;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// A server that keeps a minute of history, less than the five minutes of trail the dashboard
/// asks for: the server refuses that trail (400), and the dashboard takes the stream without it.
/// </summary>
public sealed class ShortHistoryTest(ShortHistoryTest.Server server) : IClassFixture<ShortHistoryTest.Server>, IDisposable
{
    private const int Tracks = 40;
    private readonly Browser _browser = Browser.Start();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public void Open_ServerKeepsLessHistoryThanTheTrail_TracksDrawnAnyway()
    {
        _browser.Open(server.Link("lat=34.0&lon=71.5&zoom=7"));
        _browser.Until(() => int.Parse((string?)_browser.Script("return document.body.dataset.tracksDrawn") ?? "0", CultureInfo.InvariantCulture) == Tracks, $"{Tracks} tracks drawn");
        _browser.Until(() => _browser.Find("[data-testid=connection]").GetDomAttribute("data-state") == "open", "the live stream open");
    }

    /// <summary><c>vigil serve --synthetic-tracks 40 --history 0.0167</c>: a minute of history.</summary>
    public sealed class Server() : SyntheticServer(ShortHistoryTest.Tracks, "--history", "0.0167");
}
