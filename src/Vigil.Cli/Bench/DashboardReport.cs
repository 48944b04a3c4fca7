using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Cli.Bench;

/// <summary>
/// The figures of <c>vigil bench dashboard</c>: for each number of tracks a table of the runs' medians
/// and each run's values (<see cref="Table"/>), and every raw figure as JSON (<see cref="WriteJson"/>).
/// A run whose targets never became visible counts as the slowest for "targets visible"; any other
/// figure a run lacks is left out of its median.
/// </summary>
internal static class DashboardReport
{
    private const double Mb = 1e6;
    private const int LabelWidth = 34;
    private const int CellWidth = 10;

    /// <summary>What each figure is called in the table and in the JSON, and how it is read from a run.</summary>
    public static IReadOnlyList<Metric> Metrics(IReadOnlyList<DashboardRun> runs)
    {
        var metrics = new List<Metric>
        {
            new("visibleSeconds", "targets visible, s", r => r.VisibleMs / 1000, "F2", MissingIsWorst: true),
            new("readySeconds", "ready, s", r => r.ReadyMs / 1000, "F2"),
            new("liveFps", "fps live", r => r.Live?.Fps, "F1"),
            new("liveWorstFrameMs", "slowest frame live, ms", r => r.Live?.WorstFrameMs, "F0"),
            new("panFps", "fps panning", r => r.Pan?.Fps, "F1"),
            new("panWorstFrameMs", "slowest frame panning, ms", r => r.Pan?.WorstFrameMs, "F0"),
            new("loadLongTasks", "long tasks until visible", r => r.LoadLongTasks, "F0"),
            new("loadLongTaskMs", "long tasks until visible, ms", r => r.LoadLongTaskMs, "F0"),
            new("liveLongTasks", "long tasks live", r => r.Live?.LongTasks, "F0"),
            new("liveLongTaskMs", "long tasks live, ms", r => r.Live?.LongTaskMs, "F0"),
            new("panLongTasks", "long tasks panning", r => r.Pan?.LongTasks, "F0"),
            new("panLongTaskMs", "long tasks panning, ms", r => r.Pan?.LongTaskMs, "F0"),
            new("liveMainThreadPercent", "main thread busy live, %", r => Percent(r.Live?.MainThreadSeconds, r.Live), "F0"),
            new("liveScriptPercent", "  of which script, %", r => Percent(r.Live?.ScriptSeconds, r.Live), "F0"),
            new("panMainThreadPercent", "main thread busy panning, %", r => Percent(r.Pan?.MainThreadSeconds, r.Pan), "F0"),
            new("panScriptPercent", "  of which script, %", r => Percent(r.Pan?.ScriptSeconds, r.Pan), "F0"),
        };
        foreach ((string phase, Func<DashboardRun, FramePhase?> of) in new (string, Func<DashboardRun, FramePhase?>)[] { ("live", r => r.Live), ("pan", r => r.Pan) })
        {
            var roles = new SortedSet<string>(StringComparer.Ordinal);
            foreach (DashboardRun run in runs)
            {
                roles.UnionWith(of(run)?.CpuSeconds.Keys ?? []);
            }

            string label = phase == "pan" ? "panning" : "live";
            foreach (string role in roles)
            {
                metrics.Add(new($"{phase}CpuPercent.{role}", $"CPU {label} {role}, % of a core",
                    r => of(r) is { } f ? Percent(f.CpuSeconds.TryGetValue(role, out double s) ? s : 0, f) : null, "F0"));
            }

            if (roles.Count > 0)
            {
                metrics.Add(new($"{phase}CpuPercent.all", $"CPU {label} all, % of a core", r => of(r) is { } f ? Percent(f.CpuSeconds.Values.Sum(), f) : null, "F0"));
            }
        }

        metrics.Add(new("liveDrawnMin", "tracks drawn live, fewest", r => r.Live?.DrawnMin, "F0"));
        metrics.Add(new("pageHeapMB", "JS heap page, MB", r => r.PageHeapBytes / Mb, "F1"));
        metrics.Add(new("workerHeapMB", "JS heap workers, MB", r => r.WorkerHeapBytes / Mb, "F1"));
        metrics.Add(new("workers", "  workers", r => r.Failure is null && r.PageHeapBytes is not null ? r.Workers : null, "F0"));
        return metrics;
    }

    /// <summary>
    /// The median of <paramref name="values"/>: the middle one, or the mean of the two middle ones.
    /// Missing values are left out, or with <paramref name="missingIsWorst"/> count as the highest
    /// (so that a majority of timeouts makes the median a timeout: null). Null when nothing is left.
    /// </summary>
    public static double? Median(IEnumerable<double?> values, bool missingIsWorst = false)
    {
        List<double> xs = [.. values.Where(v => v is not null || missingIsWorst).Select(v => v ?? double.PositiveInfinity).Order()];
        if (xs.Count == 0)
        {
            return null;
        }

        double m = xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
        return double.IsPositiveInfinity(m) ? null : m;
    }

    /// <summary>The table of <paramref name="runs"/>, all of one number of tracks: a heading, then one row a figure: its median and each run's value.</summary>
    public static string Table(IReadOnlyList<DashboardRun> runs, double seconds, double panSeconds)
    {
        var text = new StringBuilder();
        DashboardRun first = runs[0];
        DashboardRun? described = runs.FirstOrDefault(r => r.Viewport is not null);
        text.Append(CultureInfo.InvariantCulture, $"{first.Tracks:N0} tracks, {runs.Count} run{(runs.Count == 1 ? "" : "s")}");
        if (described?.Viewport is { } v)
        {
            text.Append(CultureInfo.InvariantCulture, $", viewport {v.Width}×{v.Height} at {v.PixelRatio:0.##}x");
        }

        text.Append(CultureInfo.InvariantCulture, $"; live {seconds:0.#} s, panning {panSeconds:0.#} s");
        if (described?.WebGl is { } gl)
        {
            text.Append(CultureInfo.InvariantCulture, $"; WebGL: {gl}");
        }

        text.AppendLine();
        text.Append(' ', LabelWidth).Append(Cell("median"));
        foreach (DashboardRun run in runs)
        {
            text.Append(Cell($"run {run.Run}"));
        }

        text.AppendLine();
        foreach (Metric metric in Metrics(runs))
        {
            if (runs.All(r => metric.Value(r) is null) && !metric.MissingIsWorst)
            {
                continue; // not measured in any run (e.g. no panning)
            }

            string missing = runs.Count(r => r.Failure is not null) * 2 > runs.Count ? "failed" : "timeout";
            text.Append(metric.Label.PadRight(LabelWidth)).Append(Cell(Format(Median(runs.Select(metric.Value), metric.MissingIsWorst), metric, missing)));
            foreach (DashboardRun run in runs)
            {
                text.Append(Cell(Format(metric.Value(run), metric, run.Failure is not null ? "failed" : "timeout")));
            }

            text.AppendLine();
        }

        foreach (DashboardRun run in runs)
        {
            if (run.Failure is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"run {run.Run}: failed: {run.Failure}");
            }
            else if (run.VisibleMs is null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"run {run.Run}: targets not visible: at most {Math.Max(0, run.DrawnMax):N0} of {run.Tracks:N0} tracks drawn before the timeout; the figures after it are of a dashboard without them");
            }

            if (!run.Complete && run.Console.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"run {run.Run}: the page said: {string.Join(" | ", run.Console)}");
            }

            if (run.Screenshot is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"run {run.Run}: screenshot {run.Screenshot}");
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the parameters, each number's medians and every run's raw figures as one indented JSON object.</summary>
    public static void WriteJson(Stream stream, DashboardBenchParams p, IReadOnlyList<DashboardRun> runs)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("command", "vigil bench dashboard");
        w.WriteString("chromium", HeadlessChromium.ExecutablePath);
        w.WriteStartArray("flags");
        foreach (string flag in HeadlessChromium.Flags)
        {
            w.WriteStringValue(flag);
        }

        w.WriteEndArray();
        w.WriteNumber("runs", p.Runs);
        w.WriteNumber("seconds", p.Seconds);
        w.WriteNumber("panSeconds", p.PanSeconds);
        w.WriteNumber("timeoutSeconds", p.TimeoutSeconds);
        if (p.Url is not null)
        {
            w.WriteString("url", p.Url);
        }

        w.WriteString("units", "times in seconds or ms as named; heaps in bytes and MB = 10^6 bytes; fps = frames ÷ the window's length; CPU in seconds or % of one core");
        w.WriteStartArray("results");
        foreach (IGrouping<int, DashboardRun> group in runs.GroupBy(r => r.Tracks))
        {
            List<DashboardRun> of = [.. group];
            w.WriteStartObject();
            w.WriteNumber("tracks", group.Key);
            w.WriteStartObject("median");
            foreach (Metric metric in Metrics(of))
            {
                WriteNumberOrNull(w, metric.Key, Median(of.Select(metric.Value), metric.MissingIsWorst));
            }

            w.WriteEndObject();
            w.WriteStartArray("runs");
            foreach (DashboardRun run in of)
            {
                WriteRun(w, run);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter w, DashboardRun r)
    {
        w.WriteStartObject();
        w.WriteNumber("run", r.Run);
        w.WriteBoolean("complete", r.Complete);
        if (r.Failure is not null)
        {
            w.WriteString("failure", r.Failure);
        }

        WriteNumberOrNull(w, "visibleMs", r.VisibleMs);
        WriteNumberOrNull(w, "readyMs", r.ReadyMs);
        w.WriteNumber("drawnMax", r.DrawnMax);
        WriteNumberOrNull(w, "loadLongTasks", r.LoadLongTasks);
        WriteNumberOrNull(w, "loadLongTaskMs", r.LoadLongTaskMs);
        WritePhase(w, "live", r.Live);
        WritePhase(w, "pan", r.Pan);
        WriteNumberOrNull(w, "pageHeapBytes", r.PageHeapBytes);
        WriteNumberOrNull(w, "workerHeapBytes", r.WorkerHeapBytes);
        w.WriteNumber("workers", r.Workers);
        if (r.Viewport is { } v)
        {
            w.WriteStartObject("viewport");
            w.WriteNumber("innerWidth", v.Width);
            w.WriteNumber("innerHeight", v.Height);
            w.WriteNumber("devicePixelRatio", v.PixelRatio);
            w.WriteEndObject();
        }

        if (r.WebGl is not null)
        {
            w.WriteString("webgl", r.WebGl);
        }

        if (r.Browser is not null)
        {
            w.WriteString("browser", r.Browser);
        }

        if (r.Screenshot is not null)
        {
            w.WriteString("screenshot", r.Screenshot);
        }

        w.WriteStartArray("console");
        foreach (string line in r.Console)
        {
            w.WriteStringValue(line);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePhase(Utf8JsonWriter w, string name, FramePhase? f)
    {
        if (f is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("frames", f.Frames);
        w.WriteNumber("durationMs", Math.Round(f.DurationMs, 1));
        w.WriteNumber("fps", Math.Round(f.Fps, 2));
        w.WriteNumber("worstFrameMs", Math.Round(f.WorstFrameMs, 1));
        w.WriteStartArray("framesPerSecond");
        foreach (int n in f.PerSecond)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
        WriteNumberOrNull(w, "longTasks", f.LongTasks);
        WriteNumberOrNull(w, "longTaskMs", f.LongTaskMs);
        w.WriteNumber("drawnMin", f.DrawnMin);
        w.WriteNumber("drawnMax", f.DrawnMax);
        w.WriteNumber("wallSeconds", Math.Round(f.WallSeconds, 3));
        w.WriteNumber("mainThreadSeconds", Math.Round(f.MainThreadSeconds, 3));
        w.WriteNumber("scriptSeconds", Math.Round(f.ScriptSeconds, 3));
        w.WriteStartObject("cpuSeconds");
        foreach ((string role, double seconds) in f.CpuSeconds)
        {
            w.WriteNumber(role, Math.Round(seconds, 2));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } x && double.IsFinite(x))
        {
            w.WriteNumber(name, Math.Round(x, 3));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static double? Percent(double? seconds, FramePhase? phase) =>
        seconds is { } s && phase is { WallSeconds: > 0 } ? 100 * s / phase.WallSeconds : null;

    private static string Format(double? value, Metric metric, string missing) =>
        value is { } x ? x.ToString(metric.Format, CultureInfo.InvariantCulture) : metric.MissingIsWorst ? missing : "-";

    private static string Cell(string text) => text.PadLeft(CellWidth);

    /// <summary>One figure: its JSON name, its label in the table, how to read it from a run, its number format.</summary>
    internal sealed record Metric(string Key, string Label, Func<DashboardRun, double?> Value, string Format, bool MissingIsWorst = false);
}
