using System.Text.Json;
using Vigil.Cli.Bench;

namespace Vigil.EndToEnd.Tests;

/// <summary><see cref="DashboardReport"/>: medians, the table of a number of tracks, the JSON of every figure.</summary>
public sealed class DashboardReportTest
{
    private static readonly DashboardBenchParams Params = new([2000], 3, 20, 10, 60, null, null, null);

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void Median_Values_MiddleOrMeanOfTheTwoMiddle(double[] values, double expected) =>
        Assert.Equal(expected, DashboardReport.Median(values.Select(v => (double?)v)));

    [Fact]
    public void Median_Missing_LeftOutOrWorst()
    {
        double?[] oneTimeout = [2.0, null, 1.0];
        double?[] twoTimeouts = [2.0, null, null];
        Assert.Equal(1.5, DashboardReport.Median(oneTimeout));
        Assert.Equal(2.0, DashboardReport.Median(oneTimeout, missingIsWorst: true));
        Assert.Null(DashboardReport.Median(twoTimeouts, missingIsWorst: true)); // most runs timed out: the median is a timeout
        Assert.Null(DashboardReport.Median([null, null]));
        Assert.Null(DashboardReport.Median([]));
    }

    [Fact]
    public void Table_ThreeRuns_MedianThenEachRun()
    {
        string table = DashboardReport.Table([Run(1, 3100, 31.5), Run(2, 2900, 29.5), Run(3, 3300, 30.05)], 20, 10);
        string[] lines = table.Split(Environment.NewLine);
        Assert.Equal("2,000 tracks, 3 runs, viewport 1600×757 at 1x; live 20 s, panning 10 s; WebGL: SwiftShader", lines[0]);
        Assert.Matches(@"^\s+median\s+run 1\s+run 2\s+run 3$", lines[1]);
        Assert.Equal(Row("targets visible, s", "3.10", "3.10", "2.90", "3.30"), Line(lines, "targets visible, s"));
        Assert.Equal(Row("fps live", "30.1", "31.5", "29.5", "30.1"), Line(lines, "fps live"));
        Assert.Equal(Row("fps panning", "16.0", "16.0", "16.0", "16.0"), Line(lines, "fps panning"));
        Assert.Equal(Row("long tasks live", "2", "2", "2", "2"), Line(lines, "long tasks live"));
        Assert.Equal(Row("main thread busy live, %", "40", "40", "40", "40"), Line(lines, "main thread busy live, %"));
        Assert.Equal(Row("CPU live gpu, % of a core", "90", "90", "90", "90"), Line(lines, "CPU live gpu, % of a core"));
        Assert.Equal(Row("CPU live all, % of a core", "100", "100", "100", "100"), Line(lines, "CPU live all, % of a core"));
        Assert.Equal(Row("JS heap page, MB", "12.5", "12.5", "12.5", "12.5"), Line(lines, "JS heap page, MB"));
        Assert.Equal(Row("JS heap workers, MB", "3.0", "3.0", "3.0", "3.0"), Line(lines, "JS heap workers, MB"));
        Assert.DoesNotContain("timeout", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_TimeoutAndFailure_SaidInTheCellsAndBelow()
    {
        DashboardRun timedOut = Run(2, null, 55) with { DrawnMax = 0, Console = ["Failed to load resource: the server responded with a status of 404 (Not Found)"], Screenshot = "/tmp/d.png" };
        DashboardRun failed = new() { Tracks = 2000, Run = 3, Failure = "chromium printed no DevTools address in 60 s" };
        string table = DashboardReport.Table([Run(1, 3000, 30), timedOut, failed], 20, 10);
        string[] lines = table.Split(Environment.NewLine);
        Assert.Equal(Row("targets visible, s", "timeout", "3.00", "timeout", "failed"), Line(lines, "targets visible, s"));
        Assert.Equal(Row("fps live", "42.5", "30.0", "55.0", "-"), Line(lines, "fps live"));
        Assert.Contains("run 2: targets not visible: at most 0 of 2,000 tracks drawn before the timeout; the figures after it are of a dashboard without them", lines);
        Assert.Contains("run 2: the page said: Failed to load resource: the server responded with a status of 404 (Not Found)", lines);
        Assert.Contains("run 2: screenshot /tmp/d.png", lines);
        Assert.Contains("run 3: failed: chromium printed no DevTools address in 60 s", lines);
    }

    [Fact]
    public void Table_MostRunsFailed_MedianFailed()
    {
        DashboardRun failed = new() { Tracks = 2000, Run = 2, Failure = "the dashboard failed to load (body[data-ready=failed])" };
        string[] lines = DashboardReport.Table([Run(1, 3000, 30), failed, failed with { Run = 3 }], 20, 10).Split(Environment.NewLine);
        Assert.Equal(Row("targets visible, s", "failed", "3.00", "failed", "failed"), Line(lines, "targets visible, s"));
    }

    [Fact]
    public void Table_NoPanning_NoPanningRows()
    {
        string table = DashboardReport.Table([Run(1, 3000, 30) with { Pan = null }], 20, 0);
        Assert.DoesNotContain("panning, ", table.Replace("panning 0 s", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("fps panning", table, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_Runs_ParamsMediansAndRawFigures()
    {
        using var stream = new MemoryStream();
        DashboardReport.WriteJson(stream, Params, [Run(1, 3100, 31.5), Run(2, null, 29.5) with { DrawnMax = 12 }, Run(3, 3300, 30.25)]);
        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement root = doc.RootElement;
        Assert.Equal("vigil bench dashboard", root.GetProperty("command").GetString());
        Assert.Equal(HeadlessChromium.Flags, root.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal((3, 20.0, 10.0, 60.0), (root.GetProperty("runs").GetInt32(), root.GetProperty("seconds").GetDouble(), root.GetProperty("panSeconds").GetDouble(), root.GetProperty("timeoutSeconds").GetDouble()));
        JsonElement result = Assert.Single(root.GetProperty("results").EnumerateArray());
        Assert.Equal(2000, result.GetProperty("tracks").GetInt32());
        JsonElement median = result.GetProperty("median");
        Assert.Equal(3.3, median.GetProperty("visibleSeconds").GetDouble()); // the timeout counts as the slowest
        Assert.Equal(30.25, median.GetProperty("liveFps").GetDouble());
        Assert.Equal(12.5, median.GetProperty("pageHeapMB").GetDouble());
        Assert.Equal(90, median.GetProperty("liveCpuPercent.gpu").GetDouble());
        JsonElement[] runs = [.. result.GetProperty("runs").EnumerateArray()];
        Assert.Equal([true, false, true], runs.Select(r => r.GetProperty("complete").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, runs[1].GetProperty("visibleMs").ValueKind);
        Assert.Equal(12, runs[1].GetProperty("drawnMax").GetInt32());
        JsonElement live = runs[0].GetProperty("live");
        Assert.Equal(630, live.GetProperty("frames").GetInt32());
        Assert.Equal(20, live.GetProperty("framesPerSecond").GetArrayLength());
        Assert.Equal(18, live.GetProperty("cpuSeconds").GetProperty("gpu").GetDouble());
        Assert.Equal(1600, runs[0].GetProperty("viewport").GetProperty("innerWidth").GetInt32());
        Assert.Equal(12_500_000, runs[0].GetProperty("pageHeapBytes").GetDouble());
    }

    private static string Row(string label, params string[] cells) => label.PadRight(34) + string.Concat(cells.Select(c => c.PadLeft(10)));

    private static string Line(string[] lines, string label) => Assert.Single(lines, l => l.StartsWith(label + "  ", StringComparison.Ordinal));

    private static DashboardRun Run(int number, double? visibleMs, double fps) => new()
    {
        Tracks = 2000,
        Run = number,
        VisibleMs = visibleMs,
        ReadyMs = 1500,
        DrawnMax = 2000,
        LoadLongTasks = 3,
        LoadLongTaskMs = 400,
        Live = Phase(fps, 20),
        Pan = Phase(16, 10),
        PageHeapBytes = 12_500_000,
        WorkerHeapBytes = 3_000_000,
        Workers = 2,
        Viewport = (1600, 757, 1),
        WebGl = "SwiftShader",
        Browser = "Chrome/156.0.8078.129",
    };

    private static FramePhase Phase(double fps, int seconds) => new()
    {
        Frames = (int)Math.Round(fps * seconds),
        DurationMs = seconds * 1000,
        WorstFrameMs = 120,
        PerSecond = [.. Enumerable.Repeat((int)fps, seconds)],
        LongTasks = 2,
        LongTaskMs = 130,
        DrawnMin = 2000,
        DrawnMax = 2000,
        WallSeconds = seconds,
        MainThreadSeconds = 0.4 * seconds,
        ScriptSeconds = 0.1 * seconds,
        CpuSeconds = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["gpu"] = 0.9 * seconds, ["server"] = 0.1 * seconds },
    };
}
