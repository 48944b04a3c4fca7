using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Vigil.Simulation;

namespace Vigil.Cli.Bench;

/// <summary>
/// Generates a manoeuvring tracker-benchmark scenario in the format of the benchmark's
/// gen_scenario.py (NAME_truth.csv, NAME_detections.csv, NAME_meta.json; see ../shared/bench/README.md):
/// the same population, sensor and clutter model, but drones that fly piecewise manoeuvres
/// (<see cref="ManoeuvringDrone"/>) instead of nearly-constant velocity. Deterministic: one seed
/// gives the same bytes.
/// </summary>
internal static class ManoeuvringScenario
{
    /// <summary>The value of META.json <c>generator</c>.</summary>
    public const string Generator = "vigil bench generate";

    /// <summary>The value of META.json <c>motion</c>: the truth does not follow <c>params.q</c>.</summary>
    public const string Motion = "piecewise: cruise, coordinated turn, hover, zig-zag";

    /// <summary>
    /// Generates the scenario and writes <c>NAME_truth.csv</c>, <c>NAME_detections.csv</c> and
    /// <c>NAME_meta.json</c> into <paramref name="outDir"/> (created if missing; each file written to a
    /// temporary name, then renamed). Returns the statistics written to the meta file.
    /// </summary>
    public static ManoeuvringStats Write(string outDir, string name, ManoeuvringParams p)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(p);
        Validate(p);

        Directory.CreateDirectory(outDir);
        string truthPath = Path.Combine(outDir, $"{name}_truth.csv");
        string detectionsPath = Path.Combine(outDir, $"{name}_detections.csv");
        string metaPath = Path.Combine(outDir, $"{name}_meta.json");

        ManoeuvringStats stats;
        var behaviours = new SortedDictionary<int, string>();
        using (var truth = new StreamWriter(truthPath + ".tmp"))
        using (var detections = new StreamWriter(detectionsPath + ".tmp"))
        {
            truth.NewLine = detections.NewLine = "\n";
            stats = Generate(p, truth, detections, behaviours);
        }

        File.WriteAllText(metaPath + ".tmp", MetaJson(name, p, stats, behaviours, Path.GetFileName(truthPath), Path.GetFileName(detectionsPath)));
        File.Move(truthPath + ".tmp", truthPath, overwrite: true);
        File.Move(detectionsPath + ".tmp", detectionsPath, overwrite: true);
        File.Move(metaPath + ".tmp", metaPath, overwrite: true);
        return stats;
    }

    private static void Validate(ManoeuvringParams p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(p.NTargets);
        ArgumentOutOfRangeException.ThrowIfLessThan(p.Scans, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p.Area);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p.Dt);
        ArgumentOutOfRangeException.ThrowIfNegative(p.Q);
        ArgumentOutOfRangeException.ThrowIfNegative(p.Sigma);
        ArgumentOutOfRangeException.ThrowIfNegative(p.Pd);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p.Pd, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(p.ClutterRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(p.MeanLife, 1);
    }

    /// <summary>
    /// The scan loop, in gen_scenario.py's order: move the alive targets by dt, kill those that left the
    /// area or draw death, add Poisson births, write truth, then detect each target with probability
    /// P_D, add Poisson clutter and write the scan's detections shuffled.
    /// </summary>
    private static ManoeuvringStats Generate(ManoeuvringParams p, TextWriter truth, TextWriter detections, SortedDictionary<int, string> behaviours)
    {
        // Population and sensor draws come from one generator; each drone's manoeuvres from its own,
        // seeded from it at birth.
        var rng = new Xoshiro256(p.Seed);
        double pDie = 1 / p.MeanLife;
        double birthRate = p.NTargets / p.MeanLife;
        var alive = new List<ManoeuvringDrone>();
        int nextId = 0;

        void Spawn(int n)
        {
            for (int i = 0; i < n; i++)
            {
                double x = p.Area * rng.NextDouble();
                double y = p.Area * rng.NextDouble();
                alive.Add(new ManoeuvringDrone(nextId++, x, y, new Xoshiro256(rng.NextUInt64())));
            }
        }

        truth.WriteLine("scan,time_s,truth_id,x,y,vx,vy");
        detections.WriteLine("scan,time_s,det_id,x,y,truth_id");
        Spawn(p.NTargets);
        var scanDetections = new List<(double X, double Y, int TruthId)>();
        int minAlive = int.MaxValue, maxAlive = 0, truthStates = 0, detId = 0, targetDetections = 0, clutterDetections = 0;
        long aliveSum = 0;
        for (int k = 0; k < p.Scans; k++)
        {
            if (k > 0)
            {
                foreach (ManoeuvringDrone d in alive)
                {
                    d.Advance(p.Dt);
                }

                // Deaths: leaving [0, area]² or the per-scan death draw (drawn for every target, as
                // gen_scenario.py does, so the draw sequence does not depend on who left).
                int kept = 0;
                for (int i = 0; i < alive.Count; i++)
                {
                    ManoeuvringDrone d = alive[i];
                    bool inside = d.X >= 0 && d.X <= p.Area && d.Y >= 0 && d.Y <= p.Area;
                    bool survives = rng.NextDouble() >= pDie;
                    if (inside && survives)
                    {
                        alive[kept++] = d;
                    }
                    else
                    {
                        behaviours[d.Id] = d.Behaviour;
                    }
                }

                alive.RemoveRange(kept, alive.Count - kept);
                Spawn(rng.NextPoisson(birthRate));
            }

            string time = (k * p.Dt).ToString("F3", CultureInfo.InvariantCulture);
            aliveSum += alive.Count;
            minAlive = Math.Min(minAlive, alive.Count);
            maxAlive = Math.Max(maxAlive, alive.Count);
            scanDetections.Clear();
            foreach (ManoeuvringDrone d in alive)
            {
                truth.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k},{time},{d.Id},{d.X:F3},{d.Y:F3},{d.Vx:F4},{d.Vy:F4}"));
                truthStates++;
                if (rng.NextDouble() < p.Pd)
                {
                    double zx = d.X + (p.Sigma * rng.NextGaussian());
                    double zy = d.Y + (p.Sigma * rng.NextGaussian());
                    scanDetections.Add((zx, zy, d.Id));
                }
            }

            targetDetections += scanDetections.Count;
            int clutter = rng.NextPoisson(p.ClutterRate);
            clutterDetections += clutter;
            for (int c = 0; c < clutter; c++)
            {
                double cx = p.Area * rng.NextDouble();
                double cy = p.Area * rng.NextDouble();
                scanDetections.Add((cx, cy, -1));
            }

            // Fisher–Yates shuffle, so neither the order nor the position of clutter gives truth away.
            for (int i = scanDetections.Count - 1; i > 0; i--)
            {
                int j = (int)(rng.NextDouble() * (i + 1));
                (scanDetections[i], scanDetections[j]) = (scanDetections[j], scanDetections[i]);
            }

            foreach ((double x, double y, int truthId) in scanDetections)
            {
                detections.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k},{time},{detId++},{x:F3},{y:F3},{truthId}"));
            }
        }

        foreach (ManoeuvringDrone d in alive)
        {
            behaviours[d.Id] = d.Behaviour;
        }

        return new ManoeuvringStats(nextId, (double)aliveSum / p.Scans, minAlive, maxAlive,
            truthStates, detId, targetDetections, clutterDetections);
    }

    /// <summary>META.json with gen_scenario.py's fields, minus its NCV transition matrices (the truth is not NCV).</summary>
    private static string MetaJson(string name, ManoeuvringParams p, ManoeuvringStats s,
        SortedDictionary<int, string> behaviours, string truthFile, string detectionsFile)
    {
        double r = p.Sigma * p.Sigma;
        var classes = new JsonObject();
        foreach ((int id, string behaviour) in behaviours)
        {
            // Every target is a drone; its class names the kinds of manoeuvre it flew.
            classes[id.ToString(CultureInfo.InvariantCulture)] = behaviour;
        }

        var meta = new JsonObject
        {
            ["name"] = name,
            ["generator"] = Generator,
            ["params"] = new JsonObject
            {
                ["n_targets"] = p.NTargets,
                ["scans"] = p.Scans,
                ["seed"] = p.Seed,
                ["area"] = p.Area,
                ["dt"] = p.Dt,
                ["q"] = p.Q,
                ["sigma"] = p.Sigma,
                ["pd"] = p.Pd,
                ["clutter_rate"] = p.ClutterRate,
                ["mean_life"] = p.MeanLife,
                ["speed"] = Pair(ManoeuvringDrone.MinSpeed, ManoeuvringDrone.MaxSpeed),
                ["cruise_s"] = Pair(ManoeuvringDrone.MinCruiseS, ManoeuvringDrone.MaxCruiseS),
                ["turn_rate_deg_s"] = Pair(ManoeuvringDrone.MinTurnRateDegS, ManoeuvringDrone.MaxTurnRateDegS),
                ["turn_heading_change_deg"] = Pair(ManoeuvringDrone.MinTurnDeg, ManoeuvringDrone.MaxTurnDeg),
                ["hover_accel_m_s2"] = ManoeuvringDrone.HoverAccel,
                ["hover_s"] = Pair(ManoeuvringDrone.MinHoverS, ManoeuvringDrone.MaxHoverS),
                ["zigzag_legs"] = new JsonArray(ManoeuvringDrone.MinZigZagLegs, ManoeuvringDrone.MaxZigZagLegs),
                ["zigzag_leg_s"] = Pair(ManoeuvringDrone.MinZigZagLegS, ManoeuvringDrone.MaxZigZagLegS),
                ["zigzag_heading_change_deg"] = Pair(ManoeuvringDrone.MinZigZagDeg, ManoeuvringDrone.MaxZigZagDeg),
                ["zigzag_turn_rate_deg_s"] = ManoeuvringDrone.ZigZagTurnRateDegS,
            },
            ["stats"] = new JsonObject
            {
                ["distinct_targets"] = s.DistinctTargets,
                ["drones"] = s.DistinctTargets,
                ["birds"] = 0,
                ["mean_alive_per_scan"] = s.MeanAlivePerScan,
                ["min_alive"] = s.MinAlive,
                ["max_alive"] = s.MaxAlive,
                ["truth_states"] = s.TruthStates,
                ["detections_total"] = s.DetectionsTotal,
                ["target_detections"] = s.TargetDetections,
                ["clutter_detections"] = s.ClutterDetections,
            },
            ["state_order"] = new JsonArray("x", "y", "vx", "vy"),
            ["units"] = "metres, seconds",
            ["motion"] = Motion,
            ["surveillance_area"] = new JsonObject { ["xmin"] = 0.0, ["xmax"] = p.Area, ["ymin"] = 0.0, ["ymax"] = p.Area },
            ["measurement"] = new JsonObject
            {
                ["H"] = "position only (x, y)",
                ["R"] = new JsonArray(Pair(r, 0.0), Pair(0.0, r)),
            },
            ["target_classes"] = classes,
            ["files"] = new JsonObject { ["truth"] = truthFile, ["detections"] = detectionsFile },
        };

        var text = new StringBuilder();
        WritePythonJson(text, meta, 0);
        return text.ToString();
    }

    private static JsonArray Pair(double a, double b) => new(a, b);

    /// <summary>
    /// Writes JSON laid out as Python's <c>json.dump(…, indent=1)</c> writes it, as gen_scenario.py
    /// does: one member or element per line, one space per level, and floats with a point (50000.0,
    /// not 50000; shortest round-trip digits otherwise).
    /// </summary>
    private static void WritePythonJson(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonObject o when o.Count > 0:
                text.Append('{');
                bool first = true;
                foreach ((string key, JsonNode? value) in o)
                {
                    text.Append(first ? "\n" : ",\n").Append(' ', depth + 1).Append(JsonValue.Create(key).ToJsonString()).Append(": ");
                    WritePythonJson(text, value, depth + 1);
                    first = false;
                }

                text.Append('\n').Append(' ', depth).Append('}');
                break;
            case JsonArray a when a.Count > 0:
                text.Append('[');
                for (int i = 0; i < a.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
                    WritePythonJson(text, a[i], depth + 1);
                }

                text.Append('\n').Append(' ', depth).Append(']');
                break;
            case JsonValue v when v.TryGetValue(out double d):
                string digits = d.ToString("R", CultureInfo.InvariantCulture);
                text.Append(digits.Contains('.', StringComparison.Ordinal) || digits.Contains('E', StringComparison.Ordinal) ? digits : digits + ".0");
                break;
            default: // strings, integers, empty containers
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
