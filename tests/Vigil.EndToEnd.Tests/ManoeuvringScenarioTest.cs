using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Cli.Bench;
using Xunit.Abstractions;

namespace Vigil.EndToEnd.Tests;

/// <summary>The "manoeuvring" preset, generated once into a temporary folder.</summary>
public sealed class ManoeuvringPresetFixture : IDisposable
{
    public ManoeuvringPresetFixture()
    {
        Dir = Directory.CreateTempSubdirectory("vigil-manoeuvring-").FullName;
        Stats = ManoeuvringScenario.Write(Dir, "manoeuvring", Params);
    }

    internal static ManoeuvringParams Params { get; } = new();

    public string Dir { get; }

    internal ManoeuvringStats Stats { get; }

    public string File(string suffix) => Path.Combine(Dir, "manoeuvring_" + suffix);

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary><see cref="ManoeuvringScenario"/>: determinism, the benchmark's file format, and the physics of the truth.</summary>
public sealed partial class ManoeuvringScenarioTest(ManoeuvringPresetFixture preset, ITestOutputHelper output)
    : IClassFixture<ManoeuvringPresetFixture>, IDisposable
{
    private const double MaxSpeed = 30;
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-manoeuvring-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Write_SameSeed_IdenticalBytes_OtherSeed_DifferentBytes()
    {
        ManoeuvringScenario.Write(_dir, "manoeuvring", ManoeuvringPresetFixture.Params);
        foreach (string suffix in new[] { "truth.csv", "detections.csv", "meta.json" })
        {
            Assert.Equal(File.ReadAllBytes(preset.File(suffix)), File.ReadAllBytes(Path.Combine(_dir, "manoeuvring_" + suffix)));
        }

        ManoeuvringScenario.Write(_dir, "other", ManoeuvringPresetFixture.Params with { Seed = 8 });
        Assert.NotEqual(File.ReadAllBytes(preset.File("truth.csv")), File.ReadAllBytes(Path.Combine(_dir, "other_truth.csv")));
        Assert.NotEqual(File.ReadAllBytes(preset.File("detections.csv")), File.ReadAllBytes(Path.Combine(_dir, "other_detections.csv")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Write_Preset_FilesHaveTheBenchmarkHeadersAndNumberFormats()
    {
        string[] truth = File.ReadAllLines(preset.File("truth.csv"));
        Assert.Equal("scan,time_s,truth_id,x,y,vx,vy", truth[0]);
        Assert.All(truth.Skip(1), line => Assert.Matches(TruthRow(), line));
        string[] detections = File.ReadAllLines(preset.File("detections.csv"));
        Assert.Equal("scan,time_s,det_id,x,y,truth_id", detections[0]);
        Assert.All(detections.Skip(1), line => Assert.Matches(DetectionRow(), line));
        Assert.Equal(preset.Stats.TruthStates, truth.Length - 1);
        Assert.Equal(preset.Stats.DetectionsTotal, detections.Length - 1);
    }

    [Fact]
    public void Write_Preset_FilesParseWithTheBenchReaderWithEveryScan()
    {
        int scans = ManoeuvringPresetFixture.Params.Scans;
        var errors = new List<string>();
        List<BenchScan> truth = BenchFiles.ReadScans(preset.File("truth.csv"), errors);
        List<BenchScan> detections = BenchFiles.ReadScans(preset.File("detections.csv"), errors);
        Assert.Empty(errors);
        Assert.Equal(Enumerable.Range(0, scans), truth.Select(s => s.Scan));
        Assert.Equal(Enumerable.Range(0, scans), detections.Select(s => s.Scan));
        Assert.All(detections, s => Assert.Equal(s.Scan * ManoeuvringPresetFixture.Params.Dt, s.TimeS, 9));
        Assert.Equal(Enumerable.Range(0, preset.Stats.DetectionsTotal), detections.SelectMany(s => s.Ids));

        BenchParams? p = BenchFiles.ReadParams(preset.File("meta.json"), out string? error);
        Assert.True(p is not null, error);
        Assert.Equal(new BenchParams(1.0, 0.25, 50.0, 0.9, 50.0, 50_000.0), p);
    }

    [Fact]
    public void Write_Preset_MetaHasTheBenchmarkFieldsAndStats()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(preset.File("meta.json")));
        JsonElement root = doc.RootElement;
        Assert.Equal("manoeuvring", root.GetProperty("name").GetString());
        Assert.Equal("vigil bench generate", root.GetProperty("generator").GetString());
        Assert.Equal("piecewise: cruise, coordinated turn, hover, zig-zag", root.GetProperty("motion").GetString());
        JsonElement p = root.GetProperty("params");
        Assert.Equal(20, p.GetProperty("n_targets").GetInt32());
        Assert.Equal(300, p.GetProperty("scans").GetInt32());
        Assert.Equal(7, p.GetProperty("seed").GetInt32());
        Assert.Equal(150.0, p.GetProperty("mean_life").GetDouble());
        Assert.Equal(
            ["distinct_targets", "drones", "birds", "mean_alive_per_scan", "min_alive", "max_alive",
             "truth_states", "detections_total", "target_detections", "clutter_detections"],
            root.GetProperty("stats").EnumerateObject().Select(e => e.Name));
        JsonElement stats = root.GetProperty("stats");
        Assert.Equal(preset.Stats.DetectionsTotal, stats.GetProperty("detections_total").GetInt32());
        Assert.Equal(preset.Stats.MeanAlivePerScan, stats.GetProperty("mean_alive_per_scan").GetDouble());
        Assert.Equal(
            ["name", "generator", "params", "stats", "state_order", "units", "motion", "surveillance_area", "measurement", "target_classes", "files"],
            root.EnumerateObject().Select(e => e.Name));
        Assert.Equal(
            Enumerable.Range(0, preset.Stats.DistinctTargets).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            root.GetProperty("target_classes").EnumerateObject().Select(e => e.Name));
        string text = File.ReadAllText(preset.File("meta.json"));
        Assert.Contains("\n  \"area\": 50000.0,\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"speed\": [\n   10.0,\n   30.0\n  ],\n", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n \"name\": \"manoeuvring\",\n", text, StringComparison.Ordinal);
        output.WriteLine(JsonSerializer.Serialize(preset.Stats));
    }

    [Fact]
    public void Truth_Preset_SpeedsStayWithinTheDroneLimit()
    {
        Assert.All(ReadTruth().Values.SelectMany(t => t), s => Assert.InRange(Math.Sqrt((s.Vx * s.Vx) + (s.Vy * s.Vy)), 0, MaxSpeed + 1e-3));
    }

    [Fact]
    public void Truth_Preset_PositionChangeMatchesTheMeanOfTheVelocities()
    {
        double dt = ManoeuvringPresetFixture.Params.Dt;
        double worst = 0;
        foreach ((int id, List<TruthState> states) in ReadTruth())
        {
            for (int i = 1; i < states.Count; i++)
            {
                TruthState a = states[i - 1], b = states[i];
                Assert.True(b.Scan == a.Scan + 1, $"target {id} skips from scan {a.Scan} to {b.Scan}");
                // The trapezoid rule is exact for constant acceleration, off by ~0.3 m on a 1 s arc at
                // 20 °/s and 30 m/s, and worst (~2.6 m) when a turn reverses direction mid-scan.
                double ex = b.X - a.X - ((a.Vx + b.Vx) / 2 * dt);
                double ey = b.Y - a.Y - ((a.Vy + b.Vy) / 2 * dt);
                worst = Math.Max(worst, Math.Sqrt((ex * ex) + (ey * ey)));
            }
        }

        output.WriteLine($"largest miss: {worst:F3} m");
        Assert.InRange(worst, 0, 3);
    }

    [Fact]
    public void Truth_Preset_SomeTargetHoversForTenScans()
    {
        int longest = 0;
        foreach (List<TruthState> states in ReadTruth().Values)
        {
            int run = 0;
            foreach (TruthState s in states)
            {
                run = Math.Sqrt((s.Vx * s.Vx) + (s.Vy * s.Vy)) < 1 ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        output.WriteLine($"longest hover: {longest} scans");
        Assert.True(longest >= 10, $"longest stretch below 1 m/s: got {longest} scans, want ≥ 10");
    }

    [Fact]
    public void Truth_Preset_TurningTargetsChangeHeadingBy45DegreesWithin20Seconds()
    {
        const int Window = 20; // scans of 1 s
        int turning = 0;
        foreach (List<TruthState> states in ReadTruth().Values)
        {
            bool turned = false;
            for (int start = 0; start < states.Count && !turned; start++)
            {
                // Accumulate the wrapped heading change scan by scan while the target is moving.
                double change = 0;
                for (int i = start + 1; i < states.Count && i - start <= Window && states[i].Speed > 5 && states[i - 1].Speed > 5; i++)
                {
                    change += Math.IEEERemainder(states[i].Heading - states[i - 1].Heading, 2 * Math.PI);
                    turned |= Math.Abs(change) >= Math.PI / 4;
                }
            }

            turning += turned ? 1 : 0;
        }

        output.WriteLine($"targets turning ≥ 45° within 20 s: {turning} of {preset.Stats.DistinctTargets}");
        Assert.True(turning >= preset.Stats.DistinctTargets / 4, $"targets turning ≥ 45° within 20 s: got {turning}, want ≥ a quarter of {preset.Stats.DistinctTargets}");
    }

    [Fact]
    public void Detections_Preset_CountIsPdTimesTruthPlusClutter()
    {
        ManoeuvringParams p = ManoeuvringPresetFixture.Params;
        Dictionary<int, List<TruthState>> truth = ReadTruth();
        var truthAt = truth.Values.SelectMany(t => t).ToDictionary(s => (s.Scan, s.Id));
        int targetRows = 0, clutterRows = 0;
        bool clutterBeforeTarget = false;
        int lastScan = -1;
        bool clutterSeenInScan = false;
        foreach (string line in File.ReadLines(preset.File("detections.csv")).Skip(1))
        {
            string[] f = line.Split(',');
            int scan = int.Parse(f[0], CultureInfo.InvariantCulture);
            double x = double.Parse(f[3], CultureInfo.InvariantCulture), y = double.Parse(f[4], CultureInfo.InvariantCulture);
            int truthId = int.Parse(f[5], CultureInfo.InvariantCulture);
            if (scan != lastScan)
            {
                lastScan = scan;
                clutterSeenInScan = false;
            }

            Assert.InRange(truthId, -1, preset.Stats.DistinctTargets - 1);
            if (truthId == -1)
            {
                clutterRows++;
                clutterSeenInScan = true;
                Assert.InRange(x, 0, p.Area);
                Assert.InRange(y, 0, p.Area);
            }
            else
            {
                targetRows++;
                clutterBeforeTarget |= clutterSeenInScan;
                Assert.True(truthAt.TryGetValue((scan, truthId), out TruthState t), $"scan {scan}: detection of target {truthId}, which is not alive");
                Assert.InRange(Math.Sqrt(((x - t.X) * (x - t.X)) + ((y - t.Y) * (y - t.Y))), 0, 6 * p.Sigma);
            }
        }

        double truthStates = truth.Values.Sum(t => t.Count);
        double expectedClutter = p.ClutterRate * p.Scans;
        output.WriteLine($"target detections {targetRows} (expected {p.Pd * truthStates:F0}), clutter {clutterRows} (expected {expectedClutter:F0})");
        Assert.Equal(preset.Stats.TargetDetections, targetRows);
        Assert.Equal(preset.Stats.ClutterDetections, clutterRows);
        Assert.InRange(targetRows, 0.95 * p.Pd * truthStates, 1.05 * p.Pd * truthStates);
        Assert.InRange(clutterRows, 0.95 * expectedClutter, 1.05 * expectedClutter);
        double expected = (p.Pd * truthStates) + expectedClutter;
        Assert.InRange(targetRows + clutterRows, 0.95 * expected, 1.05 * expected);
        Assert.True(clutterBeforeTarget, "clutter always follows the target detections: the scans are not shuffled");
    }

    [Fact]
    public void Write_BadParams_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ManoeuvringScenario.Write(_dir, "bad", new ManoeuvringParams(Pd: 1.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManoeuvringScenario.Write(_dir, "bad", new ManoeuvringParams(Scans: 0)));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    private Dictionary<int, List<TruthState>> ReadTruth()
    {
        var byId = new Dictionary<int, List<TruthState>>();
        foreach (string line in File.ReadLines(preset.File("truth.csv")).Skip(1))
        {
            string[] f = line.Split(',');
            double[] v = [.. f.Skip(3).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
            var s = new TruthState(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), v[0], v[1], v[2], v[3]);
            if (!byId.TryGetValue(s.Id, out List<TruthState>? list))
            {
                byId[s.Id] = list = [];
            }

            list.Add(s);
        }

        return byId;
    }

    [GeneratedRegex(@"^\d+,\d+\.\d{3},\d+,-?\d+\.\d{3},-?\d+\.\d{3},-?\d+\.\d{4},-?\d+\.\d{4}$")]
    private static partial Regex TruthRow();

    [GeneratedRegex(@"^\d+,\d+\.\d{3},\d+,-?\d+\.\d{3},-?\d+\.\d{3},-?\d+$")]
    private static partial Regex DetectionRow();

    private readonly record struct TruthState(int Scan, int Id, double X, double Y, double Vx, double Vy)
    {
        public double Speed => Math.Sqrt((Vx * Vx) + (Vy * Vy));

        public double Heading => Math.Atan2(Vy, Vx);
    }
}

/// <summary>On the manoeuvring preset, the IMM filter beats the constant-velocity filter by at least 10 % in mean GOSPA.</summary>
public sealed class ManoeuvringImmTest(ManoeuvringPresetFixture preset, ITestOutputHelper output) : IClassFixture<ManoeuvringPresetFixture>
{
    [Fact]
    public void Imm_BeatsConstantVelocity_ByTenPercentInMeanGospa()
    {
        BenchParams p = BenchFiles.ReadParams(preset.File("meta.json"), out string? error)!;
        Assert.Null(error);
        var errors = new List<string>();
        List<BenchScan> detections = BenchFiles.ReadScans(preset.File("detections.csv"), errors);
        List<BenchScan> truth = BenchFiles.ReadScans(preset.File("truth.csv"), errors);
        Assert.Empty(errors);

        double cv = Score(new BenchTracker(p, imm: false), detections, truth);
        double imm = Score(new BenchTracker(p, imm: true), detections, truth);
        output.WriteLine($"mean GOSPA: CV {cv:F1}, IMM {imm:F1}");
        Assert.True(imm <= 0.9 * cv, $"IMM {imm:F1} is not 10 % below CV {cv:F1}");
    }

    private static double Score(BenchTracker tracker, List<BenchScan> detections, List<BenchScan> truth)
    {
        string path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path))
            {
                tracker.Run(detections, writer);
            }

            var errors = new List<string>();
            List<BenchScan> tracks = BenchFiles.ReadScans(path, errors);
            Assert.Empty(errors);
            return BenchScore.Compute(truth, tracks, 200, 1).Gospa;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
