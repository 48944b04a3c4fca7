using System.CommandLine;
using System.Text.Json;
using Vigil.Cli.Bench;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil score TRUTH.csv TRACKS.csv [--c 200] [--p 1]</c>: GOSPA (α = 2) with its parts and OSPA,
/// per-scan means over scans 0 … the last scan in either file, as JSON (the fields of the benchmark's
/// score.py).
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var truth = new Argument<FileInfo>("truth") { Description = "Truth CSV: scan,time_s,truth_id,x,y,vx,vy." };
        var tracks = new Argument<FileInfo>("tracks") { Description = "Tracks CSV: scan,time_s,track_id,x,y,vx,vy." };
        var c = new Option<double>("--c") { Description = "Cut-off distance c, metres.", DefaultValueFactory = _ => 200 };
        var p = new Option<double>("--p") { Description = "Order p (≥ 1; α is 2).", DefaultValueFactory = _ => 1 };
        var command = new Command("score", "Score tracks against truth with GOSPA and OSPA.") { truth, tracks, c, p };
        command.SetAction(parse => Run(parse.GetValue(truth)!.FullName, parse.GetValue(tracks)!.FullName, parse.GetValue(c), parse.GetValue(p)));
        return command;
    }

    private static int Run(string truthPath, string tracksPath, double c, double p)
    {
        var errors = new List<string>();
        if (!(c > 0) || !(p >= 1))
        {
            errors.Add($"vigil: --c must be positive and --p at least 1 (got c = {c}, p = {p})");
        }

        foreach (string path in new[] { truthPath, tracksPath })
        {
            if (!File.Exists(path))
            {
                errors.Add($"{path}: no such file");
            }
        }

        if (errors.Count > 0)
        {
            errors.ForEach(Console.Error.WriteLine);
            return Program.BadInput;
        }

        List<BenchScan> truth = BenchFiles.ReadScans(truthPath, errors);
        List<BenchScan> tracks = BenchFiles.ReadScans(tracksPath, errors);
        if (errors.Count > 0)
        {
            errors.ForEach(Console.Error.WriteLine);
            return Program.BadInput;
        }

        BenchScore score = BenchScore.Compute(truth, tracks, c, p);
        using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("truth", Path.GetFileName(truthPath));
        w.WriteString("tracks", Path.GetFileName(tracksPath));
        w.WriteNumber("c", c);
        w.WriteNumber("p", p);
        w.WriteNumber("alpha", 2);
        w.WriteString("distance", "Euclidean on (x, y), metres");
        w.WriteNumber("scans_scored", score.Scans);
        w.WriteStartObject("mean_per_scan");
        w.WriteNumber("gospa", score.Gospa);
        w.WriteNumber("localisation", score.Localisation);
        w.WriteNumber("missed", score.Missed);
        w.WriteNumber("false", score.False);
        w.WriteNumber("n_missed", score.MissedCount);
        w.WriteNumber("n_false", score.FalseCount);
        w.WriteNumber("n_truth", score.TruthCount);
        w.WriteNumber("n_est", score.EstimateCount);
        w.WriteNumber("ospa", score.Ospa);
        w.WriteEndObject();
        w.WriteNumber("distinct_truth_ids", score.DistinctTruthIds);
        w.WriteNumber("distinct_track_ids", score.DistinctTrackIds);
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
        return Program.Ok;
    }
}
