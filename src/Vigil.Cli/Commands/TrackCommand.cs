using System.CommandLine;
using System.Text.Json;
using Vigil.Cli.Bench;
using Vigil.Cli.Output;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Pipeline;
using Vigil.Simulation;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil track DETECTIONS --out DIR</c>: runs the trackers, classifier and alert rules alone over
/// a plot file, writing <c>tracks.ndjson</c>, <c>tracks.geojson</c> and <c>alerts.geojson</c>.
/// </summary>
internal static class TrackCommand
{
    public static Command Create()
    {
        var detections = new Argument<FileInfo>("detections") { Description = "Radar plots: detections.ndjson (as 'vigil simulate' writes it) or a benchmark CSV." };
        var format = new Option<string>("--format") { Description = "ndjson (default) or bench-csv.", DefaultValueFactory = _ => "ndjson" };
        format.AcceptOnlyFromAmong("ndjson", "bench-csv");
        var sensors = new Option<FileInfo?>("--sensors") { Description = "ndjson: radar sites (default: sensors.json beside the plot file)." };
        var meta = new Option<FileInfo?>("--meta") { Description = "bench-csv: the scenario's META.json (only params.{dt,q,sigma,pd,clutter_rate,area} are read)." };
        var stats = new Option<bool>("--stats") { Description = "bench-csv: print a JSON line with detections, scans, tracking_seconds, detections_per_second." };
        var imm = new Option<bool>("--imm") { Description = "bench-csv: filter with the interacting-multiple-model filter (CV and coordinated turns) instead of CV alone." };
        var confirm = new Option<string>("--confirm") { Description = "bench-csv: how tracks are confirmed and deleted: score (log-likelihood ratio, SPRT; default) or m-of-n.", DefaultValueFactory = _ => "score" };
        confirm.AcceptOnlyFromAmong("score", "m-of-n");
        var output = new Option<string>("--out") { Description = "ndjson: output directory; bench-csv: the TRACKS.csv file.", Required = true };
        var command = new Command("track", "Track, classify and alert over a file of radar plots.") { detections, format, sensors, meta, stats, imm, confirm, output };
        command.SetAction(parse =>
        {
            string plotPath = parse.GetValue(detections)!.FullName;
            string outPath = Path.GetFullPath(parse.GetValue(output)!);
            if (parse.GetValue(format) == "bench-csv")
            {
                if (parse.GetValue(meta) is not FileInfo metaFile)
                {
                    Console.Error.WriteLine("vigil: --format bench-csv needs --meta META.json");
                    return Program.BadInput;
                }

                return RunBench(plotPath, metaFile.FullName, outPath, parse.GetValue(stats), parse.GetValue(imm), parse.GetValue(confirm) == "score");
            }

            string sensorPath = parse.GetValue(sensors)?.FullName ?? Path.Combine(Path.GetDirectoryName(plotPath)!, "sensors.json");
            return Run(plotPath, sensorPath, outPath);
        });
        return command;
    }

    private static int RunBench(string detectionsPath, string metaPath, string outPath, bool stats, bool imm, bool score)
    {
        BenchParams? p = BenchFiles.ReadParams(metaPath, out string? error);
        var errors = new List<string>();
        if (error is not null)
        {
            errors.Add(error);
        }

        List<BenchScan> scans = File.Exists(detectionsPath) ? BenchFiles.ReadScans(detectionsPath, errors) : [];
        if (!File.Exists(detectionsPath))
        {
            errors.Add($"{detectionsPath}: no such file");
        }

        if (p is null || errors.Count > 0)
        {
            errors.ForEach(Console.Error.WriteLine);
            return Program.BadInput;
        }

        (TimeSpan tracking, int count, int tracks) = (default, 0, 0);
        AtomicFile.Write(outPath, s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
            (tracking, count, tracks) = new BenchTracker(p, imm, score).Run(scans, writer);
        });
        if (stats)
        {
            using var w = new Utf8JsonWriter(Console.OpenStandardOutput());
            w.WriteStartObject();
            w.WriteNumber("detections", count);
            w.WriteNumber("scans", scans.Count);
            w.WriteNumber("tracking_seconds", Math.Round(tracking.TotalSeconds, 6));
            w.WriteNumber("detections_per_second", Math.Round(count / Math.Max(tracking.TotalSeconds, 1e-9), 1));
            w.WriteNumber("tracks", tracks);
            w.WriteNumber("peak_memory_bytes", System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64);
            w.WriteEndObject();
            w.Flush();
            Console.WriteLine();
        }

        return Program.Ok;
    }

    private static int Run(string plotPath, string sensorPath, string outDir)
    {
        SensorsReadResult radars = SimulationFiles.ReadSensors(sensorPath);
        DetectionsReadResult plots = SimulationFiles.ReadDetections(plotPath);
        bool bad = false;
        foreach (string error in radars.Errors.Concat(plots.Errors))
        {
            Console.Error.WriteLine(error);
            bad = true;
        }

        if (bad)
        {
            Console.Error.WriteLine($"vigil: {plotPath}: input rejected.");
            return Program.BadInput;
        }

        var pipeline = new ScenarioPipeline(BorderAtlas.LoadBundled(), new PipelineOptions());
        PipelineResult result = pipeline.Run(radars.Radars, plots.Plots);

        AtomicFile.Write(Path.Combine(outDir, "tracks.ndjson"), s => WriteTrackStates(s, result.Tracks));
        AtomicFile.Write(Path.Combine(outDir, "tracks.geojson"), s => GeoJson.WriteTracks(s, result.Tracks));
        AtomicFile.Write(Path.Combine(outDir, "alerts.geojson"), s => GeoJson.WriteAlerts(s, result.Alerts));
        Console.WriteLine($"{result.Plots:N0} plots → {result.Tracks.Count} tracks, {result.Tracks.Count(t => t.Confirmed)} confirmed, " +
            $"{result.Alerts.Count} alerts → {outDir}");
        return Program.Ok;
    }

    /// <summary>One line per track position: {"trackId","time","lat","lon","alt","confirmed","classification"}.</summary>
    private static void WriteTrackStates(Stream stream, IReadOnlyList<TrackRecord> tracks)
    {
        using var w = new Utf8JsonWriter(stream);
        foreach (TrackRecord t in tracks)
        {
            foreach ((DateTimeOffset at, GeoPoint p) in t.Path)
            {
                w.WriteStartObject();
                w.WriteString("trackId", t.Id.ToString());
                w.WriteString("time", Json.Time(at));
                w.Number("lat", p.LatitudeDeg, 6);
                w.Number("lon", p.LongitudeDeg, 6);
                w.Number("alt", p.AltitudeM, 1);
                w.WriteBoolean("confirmed", t.Confirmed);
                w.WriteString("classification", t.Classification.MostLikely.Name());
                w.WriteEndObject();
                w.Flush();
                stream.WriteByte((byte)'\n');
                w.Reset();
            }
        }
    }
}
