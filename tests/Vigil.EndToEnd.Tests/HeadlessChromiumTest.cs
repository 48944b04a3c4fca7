using Vigil.Cli.Bench;

namespace Vigil.EndToEnd.Tests;

/// <summary><see cref="HeadlessChromium"/>: its flags and the DevTools line it reads from Chromium's standard error.</summary>
public sealed class HeadlessChromiumTest
{
    [Fact]
    public void Flags_TheBrowserTestsHeadlessSoftwareWebGl()
    {
        Assert.Equal(
            ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1600,900"],
            HeadlessChromium.Flags);
        Assert.Equal("/usr/bin/chromium", HeadlessChromium.ExecutablePath);
        Assert.Contains("scripts/browser-setup.sh", HeadlessChromium.SetupHint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DevTools listening on ws://127.0.0.1:39201/devtools/browser/5b0f7a3e-4c1d-4a8e-9b2f-0d6c1e2f3a4b", "ws://127.0.0.1:39201/devtools/browser/5b0f7a3e-4c1d-4a8e-9b2f-0d6c1e2f3a4b")]
    [InlineData("\r\nDevTools listening on ws://[::1]:9222/devtools/browser/abc \r", "ws://[::1]:9222/devtools/browser/abc")]
    public void TryParseDevToolsLine_TheLine_Endpoint(string line, string expected)
    {
        Assert.True(HeadlessChromium.TryParseDevToolsLine(line, out Uri? endpoint));
        Assert.Equal(new Uri(expected), endpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1207/151430.123:ERROR:bus.cc(407)] Failed to connect to the bus: Could not parse server address")]
    [InlineData("DevTools listening on ")]
    [InlineData("DevTools listening on http://127.0.0.1:9222/devtools/browser/abc")]
    [InlineData("DevTools listening on ws://127.0.0.1:9222/devtools/page/abc")]
    [InlineData("DevTools listening on not a url")]
    public void TryParseDevToolsLine_OtherLines_False(string line)
    {
        Assert.False(HeadlessChromium.TryParseDevToolsLine(line, out Uri? endpoint));
        Assert.Null(endpoint);
    }
}
