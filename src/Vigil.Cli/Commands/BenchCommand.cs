using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Cli.Bench;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench track</c>: runs the tracker benchmark's small, medium and large presets, each as a
/// fresh <c>vigil track --format bench-csv --stats</c> process (so peak memory is the whole
/// process's), several times, and prints the medians beside Stone Soup's published figures.
/// </summary>
internal static partial class BenchCommand
{
    /// <summary>The rows: the shared benchmark's presets with the CV filter, then the manoeuvring scenario with CV and with IMM.</summary>
    private static readonly (string Preset, bool Imm)[] Rows =
        [("small", false), ("medium", false), ("large", false), ("manoeuvring", false), ("manoeuvring", true)];

    public static Command Create()
    {
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "The benchmark folder (default: $VIGIL_BENCH_DIR, else ../shared/bench)." };
        var largeDir = new Option<DirectoryInfo?>("--large-dir") { Description = "Where large_* lives or is generated (default: .vigil/bench)." };
        var runs = new Option<int>("--runs") { Description = "Runs per preset; medians are reported.", DefaultValueFactory = _ => 3 };
        var track = new Command("track", "Tracker throughput and GOSPA against Stone Soup on the shared benchmark.") { dir, largeDir, runs };
        track.SetAction(parse => RunTrack(
            parse.GetValue(dir)?.FullName ?? (Environment.GetEnvironmentVariable("VIGIL_BENCH_DIR") is { Length: > 0 } d ? d : Path.GetFullPath("../shared/bench")),
            parse.GetValue(largeDir)?.FullName ?? Path.Combine(Paths.DataDirectory, "bench"),
            Math.Max(1, parse.GetValue(runs))));

        var scenario = new Argument<string>("scenario") { Description = "The scenario to generate: manoeuvring." };
        scenario.AcceptOnlyFromAmong("manoeuvring");
        var outDir = new Option<string>("--out") { Description = "Folder for NAME_truth.csv, NAME_detections.csv and NAME_meta.json.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new ManoeuvringParams().Seed };
        var generate = new Command("generate", "Write a benchmark scenario in the shared benchmark's format.") { scenario, outDir, seed };
        generate.SetAction(parse =>
        {
            ManoeuvringStats stats = ManoeuvringScenario.Write(Path.GetFullPath(parse.GetValue(outDir)!), parse.GetValue(scenario)!,
                new ManoeuvringParams { Seed = parse.GetValue(seed) });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{parse.GetValue(scenario)}: {stats.DetectionsTotal} detections, {stats.DistinctTargets} targets, {stats.MeanAlivePerScan:F1} alive per scan"));
            return Program.Ok;
        });
        var leaves = new Option<long>("--leaves") { Description = "Leaves of the log the proofs are timed on (built once under .vigil/bench).", DefaultValueFactory = _ => 10_000_000 };
        var proofs = new Option<int>("--proofs") { Description = "Inclusion proofs timed (a tenth as many consistency proofs).", DefaultValueFactory = _ => 10_000 };
        var log = new Command("log", "Transparency log: durable appends per second and proof times at many leaves.") { runs, leaves, proofs };
        log.SetAction(parse => LogBench.Run(Path.Combine(Paths.DataDirectory, "bench"), Math.Max(1, parse.GetValue(leaves)), Math.Max(1, parse.GetValue(runs)), Math.Max(10, parse.GetValue(proofs))));
        var inputs = new Option<long>("--inputs") { Description = "Inputs per decoder.", DefaultValueFactory = _ => 1_000_000 };
        var fuzzSeed = new Option<int>("--seed") { Description = "Seed of the mutations.", DefaultValueFactory = _ => 1 };
        var decoder = new Option<string?>("--decoder") { Description = "Fuzz only this decoder." };
        var fuzz = new Command("fuzz", "Fuzz every decoder with seeds and their mutants: no throw, no hang, a reason for every rejection.") { inputs, fuzzSeed, decoder };
        fuzz.SetAction(parse => FuzzBench.Run(Math.Max(1, parse.GetValue(inputs)), parse.GetValue(fuzzSeed), parse.GetValue(decoder)));
        return new Command("bench", "Benchmarks.") { track, generate, log, fuzz, StreamCommand(), DashboardCommand() };
    }

    /// <summary><c>vigil bench stream</c>: the live stream's end-to-end latency under synthetic load (see <see cref="StreamBench"/>).</summary>
    private static Command StreamCommand()
    {
        var tracks = new Option<int>("--tracks") { Description = "Synthetic tracks, each updated once a second (default 10000).", DefaultValueFactory = _ => 10_000 };
        var clients = new Option<int>("--clients") { Description = "Stream connections (default 10).", DefaultValueFactory = _ => 10 };
        var seconds = new Option<double>("--seconds") { Description = "Measured window, seconds (default 30).", DefaultValueFactory = _ => 30 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds after connecting before the window opens (default 5).", DefaultValueFactory = _ => 5 };
        var runs = new Option<int>("--runs") { Description = "Runs, each with a fresh server; medians are reported (default 1).", DefaultValueFactory = _ => 1 };
        var url = new Option<string?>("--url") { Description = "Measure this running server (started with --synthetic-tracks) instead of starting one; needs --key." };
        var key = new Option<string?>("--key") { Description = "An API key of the server at --url." };
        var format = new Option<string>("--format") { Description = "json: the clients read /api/stream; binary: track frames from /api/tracks/stream (default json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "binary");
        var stream = new Command("stream", "Live stream latency: a 'vigil serve --synthetic-tracks N' child and N clients reading /api/stream (or /api/tracks/stream).")
        {
            tracks, clients, seconds, warmup, runs, url, key, format,
        };
        stream.SetAction((parse, cancellationToken) =>
        {
            var p = new StreamBenchParams(parse.GetValue(tracks), parse.GetValue(clients), parse.GetValue(seconds), parse.GetValue(warmup),
                parse.GetValue(runs), parse.GetValue(url), parse.GetValue(key), parse.GetValue(format) == "binary");
            if (p.Tracks < 1 || p.Clients < 1 || !(p.Seconds > 0) || !(p.WarmupSeconds >= 0) || p.Runs < 1 || (p.Url is null) != (p.Key is null))
            {
                Console.Error.WriteLine("vigil: --tracks, --clients, --seconds and --runs must be positive, --warmup not negative, and --url and --key go together");
                return Task.FromResult(Program.BadInput);
            }

            return StreamBench.RunAsync(p, cancellationToken);
        });
        return stream;
    }

    /// <summary><c>vigil bench dashboard</c>: the dashboard at scale in headless Chromium (see <see cref="DashboardBench"/>).</summary>
    private static Command DashboardCommand()
    {
        var tracks = new Option<string>("--tracks") { Description = $"Numbers of synthetic tracks, one table each (default {DashboardBenchParams.DefaultTracks}).", DefaultValueFactory = _ => DashboardBenchParams.DefaultTracks };
        var runs = new Option<int>("--runs") { Description = "Runs per number, each with a fresh server and browser; medians are reported (default 3).", DefaultValueFactory = _ => 3 };
        var seconds = new Option<double>("--seconds") { Description = "Frames counted with live updates for this long (default 20).", DefaultValueFactory = _ => 20 };
        var panSeconds = new Option<double>("--pan-seconds") { Description = "Then panning every frame for this long; 0: no panning (default 10).", DefaultValueFactory = _ => 10 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds from the navigation for the targets to become visible (default 60).", DefaultValueFactory = _ => 60 };
        var url = new Option<string?>("--url") { Description = "Measure this running server (started with --synthetic-tracks N, N given as --tracks) instead of starting one; needs --key." };
        var key = new Option<string?>("--key") { Description = "An API key of the server at --url." };
        var json = new Option<string?>("--json") { Description = "Also write every run's figures to this JSON file." };
        var dashboard = new Command("dashboard", $"The dashboard at scale in headless Chromium ({HeadlessChromium.ExecutablePath}): time until the targets are visible, fps live and panning, long tasks, JS heap.")
        {
            tracks, runs, seconds, panSeconds, timeout, url, key, json,
        };
        dashboard.SetAction((parse, cancellationToken) =>
        {
            if (!DashboardBenchParams.TryCreate(parse.GetValue(tracks)!, parse.GetValue(runs), parse.GetValue(seconds), parse.GetValue(panSeconds),
                parse.GetValue(timeout), parse.GetValue(url), parse.GetValue(key), parse.GetValue(json), out DashboardBenchParams? p, out string? error))
            {
                Console.Error.WriteLine($"vigil: {error}");
                return Task.FromResult(Program.BadInput);
            }

            return DashboardBench.RunAsync(p, cancellationToken);
        });
        return dashboard;
    }

    private static int RunTrack(string benchDir, string largeDir, int runs)
    {
        if (!File.Exists(Path.Combine(benchDir, "stonesoup_results.json")))
        {
            Console.Error.WriteLine($"vigil: {benchDir}: not the benchmark folder (no stonesoup_results.json); use --dir");
            return Program.BadInput;
        }

        using JsonDocument reference = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(benchDir, "stonesoup_results.json")));
        Dictionary<string, double> stoneSoupPeakMib = PeakMemory(Path.Combine(benchDir, "README.md"));
        Console.WriteLine($"{"scenario",-16} {"det/s",12} {"SS det/s",9} {"×SS",7} {"SS k-d",8} {"×k-d",6} {"GOSPA",10} {"SS GOSPA",10} {"tracks",7} {"peak MB",8} {"SS MB",6}");
        var rows = new List<BenchRow>();
        foreach ((string preset, bool imm) in Rows)
        {
            string? folder = Locate(preset, benchDir, largeDir);
            string label = imm ? $"{preset}+IMM" : preset;
            if (folder is null)
            {
                Console.WriteLine($"{label,-16} not run: {preset}_detections.csv not found and could not be generated (needs python3 with numpy: gen_scenario.py {preset} --out {largeDir})");
                continue;
            }

            rows.Add(new BenchRow(preset, imm, label, folder, Path.Combine(Path.GetTempPath(), $"vigil-bench-{label}-{Environment.ProcessId}.csv")));
        }

        // Rounds over all rows rather than all runs of one row after another, so a slow spell of a
        // shared machine spreads over the rows instead of biasing one.
        for (int r = 0; r < runs; r++)
        {
            foreach (BenchRow row in rows)
            {
                JsonElement stats = RunChild(Path.Combine(row.Folder, $"{row.Preset}_detections.csv"), Path.Combine(row.Folder, $"{row.Preset}_meta.json"), row.TracksCsv, row.Imm);
                row.Rates.Add(stats.GetProperty("detections_per_second").GetDouble());
                row.Peaks.Add(stats.GetProperty("peak_memory_bytes").GetDouble() / (1024 * 1024));
                row.Tracks = stats.GetProperty("tracks").GetInt32();
            }
        }

        var medians = new Dictionary<string, double>();
        foreach (BenchRow row in rows)
        {
            (string preset, string label) = (row.Preset, row.Label);
            double gospa = MeanGospa(Path.Combine(row.Folder, $"{preset}_truth.csv"), row.TracksCsv);
            File.Delete(row.TracksCsv);
            double rate = Median(row.Rates);
            medians[label] = rate;
            string ssRate = "-", ratio = "-", kdRate = "-", kdRatio = "-", ssGospa = "-";
            if (reference.RootElement.GetProperty("results").TryGetProperty(preset, out JsonElement ss))
            {
                double standard = ss.GetProperty("stonesoup").GetProperty("detections_per_second").GetDouble();
                double kd = ss.GetProperty("stonesoup_kdtree").GetProperty("detections_per_second").GetDouble();
                ssRate = standard.ToString("N0", CultureInfo.InvariantCulture);
                ratio = (rate / standard).ToString("N0", CultureInfo.InvariantCulture);
                kdRate = kd.ToString("N0", CultureInfo.InvariantCulture);
                kdRatio = (rate / kd).ToString("N0", CultureInfo.InvariantCulture);
                ssGospa = ss.GetProperty("stonesoup_kdtree").GetProperty("mean_gospa").GetDouble().ToString("F1", CultureInfo.InvariantCulture);
            }

            string ssPeak = stoneSoupPeakMib.TryGetValue(preset, out double mib) ? mib.ToString("F0", CultureInfo.InvariantCulture) : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-16} {rate,12:N0} {ssRate,9} {ratio,7} {kdRate,8} {kdRatio,6} {gospa,10:F1} {ssGospa,10} {row.Tracks,7} {Median(row.Peaks),8:F0} {ssPeak,6}"));
        }

        if (medians.TryGetValue("large", out double large) && medians.TryGetValue("medium", out double medium))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"large ÷ medium det/s: {large / medium:F2}"));
        }

        Console.WriteLine($"Medians of {runs} run(s) of 'vigil track --format bench-csv --stats'; det/s counts the tracker loop alone. " +
            "SS: Stone Soup GNN 2-D assignment, SS k-d: its k-d tree GNN (stonesoup_results.json); SS GOSPA is the k-d tree run's (on large the standard run stopped after 53 scans). " +
            "manoeuvring: 'vigil bench generate manoeuvring' (drones that turn, hover and zig-zag); +IMM: CV and coordinated-turn models.");
        return Program.Ok;
    }

    /// <summary>
    /// The folder holding the preset's files; when missing, large is generated with the benchmark's
    /// script and manoeuvring with <see cref="ManoeuvringScenario"/>.
    /// </summary>
    private static string? Locate(string preset, string benchDir, string largeDir)
    {
        foreach (string folder in new[] { benchDir, largeDir })
        {
            if (File.Exists(Path.Combine(folder, $"{preset}_detections.csv")))
            {
                return folder;
            }
        }

        if (preset == "manoeuvring")
        {
            ManoeuvringScenario.Write(largeDir, preset, new ManoeuvringParams());
            return largeDir;
        }

        Directory.CreateDirectory(largeDir);
        var psi = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(benchDir, "gen_scenario.py"), preset, "--out", largeDir })
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            using Process p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 && File.Exists(Path.Combine(largeDir, $"{preset}_detections.csv")) ? largeDir : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static JsonElement RunChild(string detections, string meta, string tracks, bool imm)
    {
        string self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        }

        foreach (string a in new[] { "track", "--format", "bench-csv", detections, "--meta", meta, "--out", tracks, "--stats" })
        {
            psi.ArgumentList.Add(a);
        }

        if (imm)
        {
            psi.ArgumentList.Add("--imm");
        }

        using Process p = Process.Start(psi)!;
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"vigil track failed ({p.ExitCode}): {stderr}");
        }

        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static double MeanGospa(string truthPath, string tracksPath)
    {
        var errors = new List<string>();
        return BenchScore.Compute(BenchFiles.ReadScans(truthPath, errors), BenchFiles.ReadScans(tracksPath, errors), 200, 1).Gospa;
    }

    /// <summary>Stone Soup's peak memory per preset, from the benchmark README's sentence "Peak memory: 89 MiB (small), …".</summary>
    private static Dictionary<string, double> PeakMemory(string readme)
    {
        var result = new Dictionary<string, double>();
        if (!File.Exists(readme))
        {
            return result;
        }

        foreach (Match m in PeakPattern().Matches(File.ReadAllText(readme)))
        {
            result[m.Groups[2].Value] = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return result;
    }

    [GeneratedRegex(@"(\d+) MiB \((small|medium|large)")]
    private static partial Regex PeakPattern();

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
    }

    /// <summary>One row of the table: a preset (with or without IMM), where its files are, and its runs' figures.</summary>
    private sealed record BenchRow(string Preset, bool Imm, string Label, string Folder, string TracksCsv)
    {
        public List<double> Rates { get; } = [];

        public List<double> Peaks { get; } = [];

        public int Tracks { get; set; }
    }
}
