using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Cli.Output;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench dashboard</c>: the dashboard at scale in Debian's headless Chromium with the browser
/// tests' flags (<see cref="HeadlessChromium"/>), driven over the DevTools protocol. For each number
/// of tracks N and each run: a fresh <c>vigil serve --synthetic-tracks N</c> (<see cref="BenchServer"/>)
/// and a fresh browser; the probe (<c>DashboardProbe.js</c>, installed before the page's own scripts)
/// times the targets becoming visible, counts animation frames with live updates and then while
/// panning every frame, and collects long tasks; then the page's and its workers' heaps are taken
/// after a garbage collection. Prints a table of medians per N; <c>--json</c> keeps every figure.
/// </summary>
internal static class DashboardBench
{
    /// <summary>Pixels the map moves each frame while panning.</summary>
    public const int PanStepPixels = 4;

    /// <summary>Frames after which the panning turns round, so the view sways ±80 px about where it started.</summary>
    public const int PanTurnFrames = 20;

    private const int MaxConsoleLines = 8;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BrowserStartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<string> Probe = new(() =>
    {
        using Stream stream = typeof(DashboardBench).Assembly.GetManifestResourceStream("Vigil.Cli.Bench.DashboardProbe.js")
            ?? throw new InvalidOperationException("the probe script is not embedded in vigil");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The dashboard's address for <paramref name="serverUrl"/> (ending in /): the view over the synthetic tracks, the key in the fragment.</summary>
    public static string PageUrl(string serverUrl, string key) => $"{serverUrl}?lat=34.0&lon=71.5&zoom=7#key={Uri.EscapeDataString(key)}";

    public static async Task<int> RunAsync(DashboardBenchParams p, CancellationToken cancellationToken)
    {
        if (!File.Exists(HeadlessChromium.ExecutablePath))
        {
            Console.Error.WriteLine($"vigil: {HeadlessChromium.ExecutablePath} is missing: {HeadlessChromium.SetupHint}");
            return Program.Failed;
        }

        var all = new List<DashboardRun>();
        foreach (int tracks in p.Tracks)
        {
            var runs = new List<DashboardRun>();
            for (int r = 1; r <= p.Runs; r++)
            {
                DashboardRun run = await RunOnceAsync(p, tracks, r, cancellationToken).ConfigureAwait(false);
                runs.Add(run);
                Console.Error.WriteLine(Progress(run));
            }

            all.AddRange(runs);
            Console.WriteLine(DashboardReport.Table(runs, p.Seconds, p.PanSeconds));
        }

        Console.WriteLine(
            $"Medians of {p.Runs} run(s), each with a fresh 'vigil serve --synthetic-tracks N' and a fresh {HeadlessChromium.ExecutablePath} {string.Join(' ', HeadlessChromium.Flags)}. " +
            "Visible: from the navigation's start until body[data-tracks-drawn] >= N. fps: requestAnimationFrame callbacks ÷ the window's length, " +
            $"with live updates, then panning {PanStepPixels} px every frame. Long tasks: main-thread tasks over 50 ms. " +
            "Main thread busy: DevTools TaskDuration ÷ wall time. CPU: user + system time of each process ÷ wall time. " +
            "JS heap: used after a garbage collection, MB = 10^6 bytes; workers summed.");
        if (p.JsonPath is not null)
        {
            AtomicFile.Write(p.JsonPath, stream => DashboardReport.WriteJson(stream, p, all));
            Console.WriteLine($"Every figure: {p.JsonPath}");
        }

        int incomplete = all.Count(r => !r.Complete);
        if (incomplete > 0)
        {
            Console.Error.WriteLine($"vigil: {incomplete} of {all.Count} runs did not show the targets or failed (see the tables)");
            return Program.Failed;
        }

        return Program.Ok;
    }

    private static string Progress(DashboardRun run)
    {
        string head = string.Create(CultureInfo.InvariantCulture, $"{run.Tracks:N0} tracks, run {run.Run}: ");
        if (run.Failure is not null && run.Live is null)
        {
            return head + "failed: " + run.Failure;
        }

        string visible = run.VisibleMs is { } ms
            ? string.Create(CultureInfo.InvariantCulture, $"visible in {ms / 1000:F2} s")
            : string.Create(CultureInfo.InvariantCulture, $"targets not visible (at most {Math.Max(0, run.DrawnMax):N0} drawn)");
        return head + visible + string.Create(CultureInfo.InvariantCulture,
            $", {run.Live?.Fps:F1} fps live, {run.Pan?.Fps:F1} fps panning, heap {run.PageHeapBytes / 1e6:F1} MB + workers {run.WorkerHeapBytes / 1e6:F1} MB");
    }

    private static async Task<DashboardRun> RunOnceAsync(DashboardBenchParams p, int tracks, int runNumber, CancellationToken cancellationToken)
    {
        var run = new DashboardRun { Tracks = tracks, Run = runNumber };
        var console = new ConcurrentQueue<string>();
        try
        {
            BenchServer server = p.Url is not null
                ? BenchServer.External(p.Url, p.Key!)
                : await BenchServer.StartAsync(tracks, "bench dashboard", cancellationToken).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                HeadlessChromium chromium = await HeadlessChromium.StartAsync(BrowserStartTimeout, cancellationToken).ConfigureAwait(false);
                await using (chromium.ConfigureAwait(false))
                {
                    CdpConnection cdp = await CdpConnection.ConnectAsync(chromium.DevToolsEndpoint, cancellationToken).ConfigureAwait(false);
                    await using (cdp.ConfigureAwait(false))
                    {
                        var roots = new List<(int, string)> { (chromium.ProcessId, "chromium") };
                        if (server.ProcessId is { } serverPid)
                        {
                            roots.Add((serverPid, "server"));
                        }

                        var session = new Session(cdp, roots, console, cancellationToken);
                        try
                        {
                            return await MeasureAsync(session, p, PageUrl(server.Url, server.Key), run).ConfigureAwait(false);
                        }
                        catch (CdpException e) when (session.Page is not null)
                        {
                            return run with { Failure = e.Message, Console = [.. console], Screenshot = await ScreenshotAsync(session, p, run).ConfigureAwait(false) };
                        }
                        finally
                        {
                            await chromium.CloseAsync(cdp).ConfigureAwait(false);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is CdpException or InvalidOperationException or WebSocketException or IOException or System.ComponentModel.Win32Exception
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return run with { Failure = run.Failure ?? e.Message, Console = [.. console] };
        }
    }

    private static async Task<DashboardRun> MeasureAsync(Session s, DashboardBenchParams p, string url, DashboardRun run)
    {
        s.Cdp.EventReceived += s.Take;
        JsonElement version = await s.SendAsync("Browser.getVersion", null, null).ConfigureAwait(false);
        run = run with { Browser = version.GetProperty("product").GetString() };

        string? targetId = null;
        foreach (JsonElement target in (await s.SendAsync("Target.getTargets", null, null).ConfigureAwait(false)).GetProperty("targetInfos").EnumerateArray())
        {
            if (target.GetProperty("type").GetString() == "page")
            {
                targetId = target.GetProperty("targetId").GetString();
                break;
            }
        }

        targetId ??= (await s.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null).ConfigureAwait(false)).GetProperty("targetId").GetString();
        string page = (await s.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null).ConfigureAwait(false))
            .GetProperty("sessionId").GetString()!;
        s.Page = page;
        foreach (string domain in new[] { "Page", "Runtime", "Log", "Performance" })
        {
            await s.SendAsync(domain + ".enable", null, page).ConfigureAwait(false);
        }

        await s.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = Probe.Value }, page).ConfigureAwait(false);
        await s.SendAsync("Target.setAutoAttach", new JsonObject { ["autoAttach"] = true, ["waitForDebuggerOnStart"] = false, ["flatten"] = true }, page).ConfigureAwait(false);

        string shown = url.Split('#')[0]; // not the key
        JsonElement navigated = await s.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, page).ConfigureAwait(false);
        if (navigated.TryGetProperty("errorText", out JsonElement navigationError))
        {
            return run with { Failure = $"cannot open {shown}: {navigationError.GetString()}", Console = s.ConsoleLines() };
        }

        // The new document, with the probe in it (the navigation may answer before its scripts run).
        long navigatedAt = Stopwatch.GetTimestamp();
        while ((await s.EvaluateAsync("typeof vigilBench === 'object' && location.protocol.startsWith('http')", CommandTimeout).ConfigureAwait(false)).ValueKind != JsonValueKind.True)
        {
            if (Stopwatch.GetElapsedTime(navigatedAt).TotalSeconds > p.TimeoutSeconds)
            {
                return run with { Failure = $"{shown} did not open in {p.TimeoutSeconds:0.#} s", Console = s.ConsoleLines() };
            }

            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }

        // Targets visible, or the timeout (counted from the navigation's start, in the page).
        JsonElement status = await s.EvaluateAsync(
            string.Create(CultureInfo.InvariantCulture, $"vigilBench.visible({run.Tracks}, {p.TimeoutSeconds * 1000})"),
            TimeSpan.FromSeconds(p.TimeoutSeconds) + CommandTimeout).ConfigureAwait(false);
        JsonElement loadTasks = status.GetProperty("longTasks");
        run = run with
        {
            VisibleMs = Number(status, "visibleMs"),
            ReadyMs = Number(status, "readyMs"),
            DrawnMax = status.GetProperty("drawnMax").GetInt32(),
            LoadLongTasks = (int?)Number(loadTasks, "count"),
            LoadLongTaskMs = Number(loadTasks, "ms"),
        };
        JsonElement environment = await s.EvaluateAsync("vigilBench.environment()", CommandTimeout).ConfigureAwait(false);
        run = run with
        {
            Viewport = (environment.GetProperty("innerWidth").GetInt32(), environment.GetProperty("innerHeight").GetInt32(), environment.GetProperty("devicePixelRatio").GetDouble()),
            WebGl = environment.GetProperty("webgl").ValueKind == JsonValueKind.String ? environment.GetProperty("webgl").GetString() : null,
        };

        if (status.GetProperty("ready").ValueKind == JsonValueKind.String && status.GetProperty("ready").GetString() == "failed")
        {
            return run with
            {
                Failure = "the dashboard failed to load (body[data-ready=failed])", Console = s.ConsoleLines(), Screenshot = await ScreenshotAsync(s, p, run).ConfigureAwait(false),
            };
        }

        if (run.VisibleMs is null)
        {
            run = run with { Screenshot = await ScreenshotAsync(s, p, run).ConfigureAwait(false) };
        }

        run = run with { Live = await PhaseAsync(s, string.Create(CultureInfo.InvariantCulture, $"vigilBench.live({p.Seconds * 1000})"), p.Seconds).ConfigureAwait(false) };
        if (p.PanSeconds > 0)
        {
            run = run with
            {
                Pan = await PhaseAsync(s, string.Create(CultureInfo.InvariantCulture, $"vigilBench.pan({p.PanSeconds * 1000}, {PanStepPixels}, {PanTurnFrames})"), p.PanSeconds).ConfigureAwait(false),
            };
        }

        (double pageHeap, double workerHeap, int workers) = await HeapsAsync(s).ConfigureAwait(false);
        return run with { PageHeapBytes = pageHeap, WorkerHeapBytes = workerHeap, Workers = workers, Console = s.ConsoleLines() };
    }

    /// <summary>
    /// Saves what the page shows as <c>dashboard-N-runR.png</c> beside the <c>--json</c> file (else in
    /// the temporary folder's <c>vigil-bench-dashboard</c>) and returns its path; null when the browser cannot.
    /// </summary>
    private static async Task<string?> ScreenshotAsync(Session s, DashboardBenchParams p, DashboardRun run)
    {
        try
        {
            JsonElement shot = await s.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, s.Page).ConfigureAwait(false);
            string dir = p.JsonPath is not null
                ? Path.GetDirectoryName(Path.GetFullPath(p.JsonPath))!
                : Path.Combine(Path.GetTempPath(), "vigil-bench-dashboard");
            string path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"dashboard-{run.Tracks}-run{run.Run}.png"));
            Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(path, shot.GetProperty("data").GetBytesFromBase64(), CancellationToken.None).ConfigureAwait(false);
            return path;
        }
        catch (Exception e) when (e is CdpException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Runs one frame-counting window of the probe, with the main thread's busy time and each process's CPU time around it.</summary>
    private static async Task<FramePhase> PhaseAsync(Session s, string expression, double seconds)
    {
        (double task, double script) before = await MetricsAsync(s).ConfigureAwait(false);
        Dictionary<int, (string, double)> cpuBefore = ProcessCpu.Sample(s.Roots);
        long started = Stopwatch.GetTimestamp();
        JsonElement f = await s.EvaluateAsync(expression, TimeSpan.FromSeconds(seconds) + CommandTimeout).ConfigureAwait(false);
        double wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Dictionary<int, (string, double)> cpuAfter = ProcessCpu.Sample(s.Roots);
        (double task, double script) after = await MetricsAsync(s).ConfigureAwait(false);
        JsonElement tasks = f.GetProperty("longTasks");
        return new FramePhase
        {
            Frames = f.GetProperty("frames").GetInt32(),
            DurationMs = f.GetProperty("durationMs").GetDouble(),
            WorstFrameMs = f.GetProperty("worstFrameMs").GetDouble(),
            PerSecond = [.. f.GetProperty("perSecond").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 0)],
            LongTasks = (int?)Number(tasks, "count"),
            LongTaskMs = Number(tasks, "ms"),
            DrawnMin = f.GetProperty("drawnMin").GetInt32(),
            DrawnMax = f.GetProperty("drawnMax").GetInt32(),
            WallSeconds = wall,
            MainThreadSeconds = after.task - before.task,
            ScriptSeconds = after.script - before.script,
            CpuSeconds = ProcessCpu.Between(cpuBefore, cpuAfter),
        };
    }

    /// <summary>The page's TaskDuration and ScriptDuration so far, in seconds (DevTools Performance.getMetrics).</summary>
    private static async Task<(double Task, double Script)> MetricsAsync(Session s)
    {
        double task = 0, script = 0;
        foreach (JsonElement m in (await s.SendAsync("Performance.getMetrics", null, s.Page).ConfigureAwait(false)).GetProperty("metrics").EnumerateArray())
        {
            switch (m.GetProperty("name").GetString())
            {
                case "TaskDuration":
                    task = m.GetProperty("value").GetDouble();
                    break;
                case "ScriptDuration":
                    script = m.GetProperty("value").GetDouble();
                    break;
                default:
                    break;
            }
        }

        return (task, script);
    }

    /// <summary>Collects garbage in the page and in every dedicated worker, then reads their heaps' used bytes.</summary>
    private static async Task<(double Page, double Workers, int Count)> HeapsAsync(Session s)
    {
        double page = await HeapAsync(s, s.Page!).ConfigureAwait(false);
        double workers = 0;
        int count = 0;
        foreach (string worker in s.Workers.Keys)
        {
            try
            {
                workers += await HeapAsync(s, worker).ConfigureAwait(false);
                count++;
            }
            catch (CdpException) when (!s.Workers.ContainsKey(worker))
            {
                // the worker ended meanwhile
            }
        }

        return (page, workers, count);
    }

    private static async Task<double> HeapAsync(Session s, string session)
    {
        await s.SendAsync("HeapProfiler.collectGarbage", null, session).ConfigureAwait(false);
        return (await s.SendAsync("Runtime.getHeapUsage", null, session).ConfigureAwait(false)).GetProperty("usedSize").GetDouble();
    }

    private static double? Number(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;

    /// <summary>One run's DevTools connection: the page's session, its workers' sessions, the page's last complaints.</summary>
    private sealed class Session(CdpConnection cdp, IReadOnlyList<(int, string)> roots, ConcurrentQueue<string> console, CancellationToken cancellationToken)
    {
        public CdpConnection Cdp { get; } = cdp;

        public IReadOnlyList<(int Pid, string Label)> Roots { get; } = roots;

        public string? Page { get; set; }

        /// <summary>Dedicated workers' sessions, with their addresses.</summary>
        public ConcurrentDictionary<string, string> Workers { get; } = new(StringComparer.Ordinal);

        public Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId) =>
            Cdp.SendAsync(method, parameters, sessionId, CommandTimeout, cancellationToken);

        /// <summary>Evaluates <paramref name="expression"/> in the page, waits for its promise, and returns its value.</summary>
        public async Task<JsonElement> EvaluateAsync(string expression, TimeSpan timeout)
        {
            var parameters = new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true };
            JsonElement result = await Cdp.SendAsync("Runtime.evaluate", parameters, Page, timeout, cancellationToken).ConfigureAwait(false);
            if (result.TryGetProperty("exceptionDetails", out JsonElement exception))
            {
                string text = exception.TryGetProperty("exception", out JsonElement e) && e.TryGetProperty("description", out JsonElement d)
                    ? d.GetString() ?? "" : exception.GetProperty("text").GetString() ?? "";
                throw new CdpException($"{expression} threw: {text}");
            }

            return result.GetProperty("result").TryGetProperty("value", out JsonElement value) ? value : default;
        }

        public IReadOnlyList<string> ConsoleLines() => [.. console];

        /// <summary>Keeps track of workers and of what the page complains about (called on the connection's reading loop).</summary>
        public void Take(CdpMessage m)
        {
            JsonElement b = m.Body;
            switch (m.Method)
            {
                case "Target.attachedToTarget" when Text(b, "targetInfo", "type") == "worker" && Text(b, "sessionId") is { } worker:
                    Workers[worker] = Text(b, "targetInfo", "url") ?? "";
                    _ = Task.Run(() => ListenAsync(worker)); // not on this loop, which must not wait for an answer
                    break;
                case "Target.detachedFromTarget" when Text(b, "sessionId") is { } gone:
                    Workers.TryRemove(gone, out _);
                    break;
                case "Runtime.exceptionThrown":
                    Complain(Text(b, "exceptionDetails", "exception", "description") ?? Text(b, "exceptionDetails", "text"));
                    break;
                case "Runtime.consoleAPICalled" when Text(b, "type") is "error" or "warning" or "assert" && b.TryGetProperty("args", out JsonElement args) && args.ValueKind == JsonValueKind.Array:
                    Complain(string.Join(' ', args.EnumerateArray().Select(a => a.TryGetProperty("value", out JsonElement v) ? v.ToString() : Text(a, "description") ?? Text(a, "type"))));
                    break;
                case "Log.entryAdded" when Text(b, "entry", "level") is "error" or "warning":
                    Complain(Text(b, "entry", "text") + (Text(b, "entry", "url") is { } url ? $" ({url.Split('#')[0]})" : ""));
                    break;
                default:
                    break;
            }
        }

        /// <summary>Has a worker report its console and log too (enabling replays what it said already).</summary>
        private async Task ListenAsync(string worker)
        {
            try
            {
                await SendAsync("Runtime.enable", null, worker).ConfigureAwait(false);
                await SendAsync("Log.enable", null, worker).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CdpException or OperationCanceledException or ObjectDisposedException)
            {
                // the worker or the browser is gone
            }
        }

        /// <summary>The string at <paramref name="path"/> in <paramref name="o"/>, or null.</summary>
        private static string? Text(JsonElement o, params string[] path)
        {
            foreach (string name in path)
            {
                if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out o))
                {
                    return null;
                }
            }

            return o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        }

        private void Complain(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            console.Enqueue(text.Split('\n')[0].Trim());
            while (console.Count > MaxConsoleLines)
            {
                console.TryDequeue(out _);
            }
        }
    }
}
