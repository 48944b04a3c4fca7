using Vigil.Cli.Bench;

namespace Vigil.EndToEnd.Tests;

/// <summary><c>vigil bench dashboard</c>'s options (<see cref="DashboardBenchParams"/>), and the command's exit code when they are wrong.</summary>
public sealed class DashboardBenchParamsTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-benchdash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TryCreate_Defaults_ThreeNumbersOfTracks()
    {
        Assert.True(DashboardBenchParams.TryCreate(DashboardBenchParams.DefaultTracks, 3, 20, 10, 60, null, null, null, out DashboardBenchParams? p, out string? error), error);
        Assert.Equal([500, 2000, 10_000], p.Tracks);
        Assert.Equal((3, 20.0, 10.0, 60.0), (p.Runs, p.Seconds, p.PanSeconds, p.TimeoutSeconds));
        Assert.Null(p.Url);
    }

    [Theory]
    [InlineData("500", new[] { 500 })]
    [InlineData("0, 10000", new[] { 0, 10_000 })]
    [InlineData("1000000", new[] { 1_000_000 })]
    public void TryParseTracks_WholeNumbers_Read(string text, int[] expected)
    {
        Assert.True(DashboardBenchParams.TryParseTracks(text, out int[]? tracks, out string? error), error);
        Assert.Equal(expected, tracks);
    }

    [Theory]
    [InlineData("", "got ''")]
    [InlineData("500,,2000", "got ''")]
    [InlineData("-1", "got '-1'")]
    [InlineData("2k", "got '2k'")]
    [InlineData("1.5", "got '1.5'")]
    [InlineData("1000001", "got '1000001'")]
    [InlineData("500,500", "500 is given twice")]
    public void TryParseTracks_Malformed_SaysWhatItGot(string text, string message)
    {
        Assert.False(DashboardBenchParams.TryParseTracks(text, out _, out string? error));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.StartsWith("--tracks", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 20, 10, 60, null, null, "--runs: got 0, want 1 or more")]
    [InlineData(3, 0.5, 10, 60, null, null, "--seconds: got 0.5, want 1 or more")]
    [InlineData(3, double.NaN, 10, 60, null, null, "--seconds: got NaN")]
    [InlineData(3, 20, -1, 60, null, null, "--pan-seconds: got -1")]
    [InlineData(3, 20, 10, 0, null, null, "--timeout: got 0")]
    [InlineData(3, 20, 10, double.PositiveInfinity, null, null, "--timeout: got Infinity")]
    [InlineData(3, 20, 10, 60, "http://127.0.0.1:5080/", null, "--url and --key go together")]
    [InlineData(3, 20, 10, 60, null, "vgl_x", "--url and --key go together")]
    [InlineData(3, 20, 10, 60, "127.0.0.1:5080", "vgl_x", "--url: got '127.0.0.1:5080'")]
    public void TryCreate_OutOfRange_NamesTheOption(int runs, double seconds, double pan, double timeout, string? url, string? key, string message)
    {
        Assert.False(DashboardBenchParams.TryCreate("500", runs, seconds, pan, timeout, url, key, null, out _, out string? error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_UrlWithSeveralNumbers_Refused()
    {
        Assert.False(DashboardBenchParams.TryCreate("500,2000", 1, 20, 10, 60, "http://127.0.0.1:5080/", "vgl_x", null, out _, out string? error));
        Assert.Contains("one number of tracks", error, StringComparison.Ordinal);
        Assert.True(DashboardBenchParams.TryCreate("2000", 1, 20, 0, 60, "http://127.0.0.1:5080", "vgl_x", "out.json", out DashboardBenchParams? p, out error), error);
        Assert.Equal(("http://127.0.0.1:5080", "vgl_x", "out.json", 0.0), (p.Url, p.Key, p.JsonPath, p.PanSeconds));
    }

    [Theory]
    [InlineData("--tracks", "10,x", "--tracks: got 'x'")]
    [InlineData("--runs", "0", "--runs: got 0")]
    [InlineData("--url", "http://127.0.0.1:1/", "--url and --key go together")]
    [InlineData("--seconds", "soon", "soon")]
    public void Command_BadArguments_ExitTwoWithTheReason(string option, string value, string message)
    {
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, "bench", "dashboard", option, value);
        Assert.True(code == 2, $"got exit {code}, want 2\n{stdout}\n{stderr}");
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }
}
