using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>
/// The simulator's files: <c>truth.ndjson</c>, <c>detections.ndjson</c> (one JSON object a line) and
/// <c>sensors.json</c>. Times are ISO-8601 UTC with milliseconds and a Z; numbers round-trip exactly.
/// Fields are listed in docs/scenarios.md.
/// </summary>
public static class SimulationFiles
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Writes the three files into <paramref name="directory"/> (created if needed).</summary>
    public static void Write(string directory, SimulationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(directory);
        WriteLines(Path.Combine(directory, "truth.ndjson"), (w, endLine) =>
        {
            foreach (TruthTarget target in run.Truth)
            {
                foreach (TruthState s in target.States)
                {
                    w.WriteStartObject();
                    w.WriteString("targetId", target.Id);
                    w.WriteString("kind", target.Kind.ToString().ToLowerInvariant());
                    w.WriteString("time", Time(s.At));
                    w.WriteNumber("lat", s.Position.LatitudeDeg);
                    w.WriteNumber("lon", s.Position.LongitudeDeg);
                    w.WriteNumber("alt", s.Position.AltitudeM);
                    w.WriteNumber("speed", s.SpeedMps);
                    w.WriteNumber("heading", s.HeadingDeg);
                    w.WriteEndObject();
                    endLine();
                }
            }
        });

        WriteLines(Path.Combine(directory, "detections.ndjson"), (w, endLine) =>
        {
            foreach (SimulatedPlot p in run.Plots)
            {
                Detection d = p.Detection;
                w.WriteStartObject();
                w.WriteString("sensor", d.Sensor.Value);
                w.WriteNumber("scan", p.Scan);
                w.WriteString("measuredAt", Time(d.MeasuredAt));
                w.WriteString("receivedAt", Time(d.ReceivedAt));
                w.WriteNumber("rangeM", d.RangeM);
                w.WriteNumber("azimuthDeg", d.AzimuthDeg);
                NumberOrNull(w, "elevationDeg", d.ElevationDeg);
                NumberOrNull(w, "rcsDbsm", d.RcsDbsm);
                w.WriteString("truthId", p.TruthId);
                w.WriteEndObject();
                endLine();
            }
        });

        using var stream = new FileStream(Path.Combine(directory, "sensors.json"), FileMode.Create);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartArray("sensors");
        foreach (RadarSite r in run.Scenario.Radars)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id.Value);
            writer.WriteString("type", "radar");
            writer.WriteStartObject("position");
            writer.WriteNumber("lat", r.Position.LatitudeDeg);
            writer.WriteNumber("lon", r.Position.LongitudeDeg);
            writer.WriteNumber("alt", r.Position.AltitudeM);
            writer.WriteEndObject();
            writer.WriteNumber("maxRangeM", r.MaxRangeM);
            writer.WriteNumber("rangeSigmaM", r.RangeSigmaM);
            writer.WriteNumber("azimuthSigmaDeg", r.AzimuthSigmaDeg);
            NumberOrNull(writer, "elevationSigmaDeg", r.ElevationSigmaDeg);
            writer.WriteNumber("probabilityOfDetection", r.ProbabilityOfDetection);
            writer.WriteNumber("falseAlarmsPerScan", r.FalseAlarmsPerScan);
            writer.WriteNumber("scanPeriodS", r.ScanPeriod.TotalSeconds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads <c>detections.ndjson</c>; a bad line is reported with its number and skipped.</summary>
    public static DetectionsReadResult ReadDetections(string path)
    {
        var plots = new List<SimulatedPlot>();
        var errors = new List<string>();
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DetectionsReadResult(plots, [$"{path}: {e.Message}"]);
        }

        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                JsonElement e = doc.RootElement;
                var d = new Detection(
                    new SensorId(Required(e, "sensor").GetString()!),
                    ParseTime(Required(e, "measuredAt").GetString()),
                    ParseTime(Required(e, "receivedAt").GetString()),
                    Required(e, "rangeM").GetDouble(),
                    Required(e, "azimuthDeg").GetDouble(),
                    OptionalNumber(e, "elevationDeg"),
                    OptionalNumber(e, "rcsDbsm"));
                string? truth = e.TryGetProperty("truthId", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                plots.Add(new SimulatedPlot(d, Required(e, "scan").GetInt32(), truth));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
            {
                errors.Add($"{path}:{number}: {ex.Message}");
            }
        }

        return new DetectionsReadResult(plots, errors);
    }

    /// <summary>Reads <c>sensors.json</c>.</summary>
    public static SensorsReadResult ReadSensors(string path)
    {
        var radars = new List<RadarSite>();
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            int i = 0;
            foreach (JsonElement s in Required(doc.RootElement, "sensors").EnumerateArray())
            {
                try
                {
                    JsonElement p = Required(s, "position");
                    radars.Add(new RadarSite
                    {
                        Id = new SensorId(Required(s, "id").GetString()!),
                        Position = new GeoPoint(Required(p, "lat").GetDouble(), Required(p, "lon").GetDouble(), Required(p, "alt").GetDouble()),
                        MaxRangeM = Required(s, "maxRangeM").GetDouble(),
                        RangeSigmaM = Required(s, "rangeSigmaM").GetDouble(),
                        AzimuthSigmaDeg = Required(s, "azimuthSigmaDeg").GetDouble(),
                        ElevationSigmaDeg = OptionalNumber(s, "elevationSigmaDeg"),
                        ProbabilityOfDetection = Required(s, "probabilityOfDetection").GetDouble(),
                        FalseAlarmsPerScan = Required(s, "falseAlarmsPerScan").GetDouble(),
                        ScanPeriod = TimeSpan.FromSeconds(Required(s, "scanPeriodS").GetDouble()),
                    });
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
                {
                    return new SensorsReadResult([], [$"{path}: sensors[{i}]: {ex.Message}"]);
                }

                i++;
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or KeyNotFoundException or InvalidOperationException)
        {
            return new SensorsReadResult([], [$"{path}: {ex.Message}"]);
        }

        return new SensorsReadResult(radars, []);
    }

    private static JsonElement Required(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null
            ? v
            : throw new KeyNotFoundException($"missing field '{name}'");

    private static double OptionalNumber(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string? s) =>
        DateTimeOffset.TryParseExact(s, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t)
            ? t
            : throw new FormatException($"'{s}' is not a time like 2026-06-30T01:00:00.000Z");

    private static void NumberOrNull(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes one JSON value per line: the callback writes a value, then calls the line-ending action.</summary>
    private static void WriteLines(string path, Action<Utf8JsonWriter, Action> body)
    {
        using var stream = new FileStream(path, FileMode.Create);
        using var buffered = new BufferedStream(stream, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered);
        body(writer, () =>
        {
            writer.Flush();
            buffered.WriteByte((byte)'\n');
            writer.Reset();
        });
        writer.Flush();
    }
}
