using System.Text.Json;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// <c>vigil bench dashboard</c> end to end but cut short — one run without tracks, one-second windows —
/// to check the harness (server, browser, DevTools protocol, probe), not to measure: the benchmark
/// itself is not part of the tests.
/// </summary>
public sealed class DashboardBenchTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-benchdash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task BenchDashboard_OneShortRun_EveryFigureOrTheReasonInTheJson()
    {
        string json = Path.Combine(_dir, "bench.json");
        using VigilProcess bench = VigilProcess.Start(_dir, "bench", "dashboard", "--tracks", "0", "--runs", "1", "--seconds", "1", "--pan-seconds", "1", "--timeout", "30", "--json", json);
        int exit = await bench.WaitForExitAsync(TimeSpan.FromMinutes(2));
        Assert.True(exit is 0 or 1 && File.Exists(json), $"got exit {exit}, want 0 or 1 and {json}:\n{bench.Output}");

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(json));
        JsonElement result = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(0, result.GetProperty("tracks").GetInt32());
        JsonElement run = Assert.Single(result.GetProperty("runs").EnumerateArray());
        JsonElement viewport = run.GetProperty("viewport");
        Assert.Equal(1600, viewport.GetProperty("innerWidth").GetInt32());
        Assert.InRange(viewport.GetProperty("innerHeight").GetInt32(), 700, 900); // the window is 900 high, less what headless keeps for the browser's frame
        Assert.Contains("SwiftShader", run.GetProperty("webgl").GetString(), StringComparison.Ordinal);
        if (run.GetProperty("complete").GetBoolean())
        {
            Assert.Equal(0, exit);
            Assert.True(run.GetProperty("live").GetProperty("frames").GetInt32() > 0, bench.Output);
            Assert.True(run.GetProperty("pan").GetProperty("frames").GetInt32() > 0, bench.Output);
            Assert.True(run.GetProperty("pageHeapBytes").GetDouble() > 0, bench.Output);
        }
        else
        {
            // The dashboard did not load or show its (no) tracks: the run says why, and the command fails.
            Assert.Equal(1, exit);
            Assert.True(run.TryGetProperty("failure", out _) || run.GetProperty("visibleMs").ValueKind == JsonValueKind.Null, bench.Output);
            Assert.Contains("run 1: ", bench.Output, StringComparison.Ordinal);
        }
    }
}
