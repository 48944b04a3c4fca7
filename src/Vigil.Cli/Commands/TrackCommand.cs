using System.CommandLine;
using System.Text.Json;
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
        var detections = new Argument<FileInfo>("detections") { Description = "Radar plots (detections.ndjson, as written by 'vigil simulate')." };
        var sensors = new Option<FileInfo?>("--sensors") { Description = "Radar sites (default: sensors.json beside the plot file)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory.", Required = true };
        var command = new Command("track", "Track, classify and alert over a file of radar plots.") { detections, sensors, output };
        command.SetAction(parse =>
        {
            string plotPath = parse.GetValue(detections)!.FullName;
            string sensorPath = parse.GetValue(sensors)?.FullName ?? Path.Combine(Path.GetDirectoryName(plotPath)!, "sensors.json");
            return Run(plotPath, sensorPath, parse.GetValue(output)!.FullName);
        });
        return command;
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
