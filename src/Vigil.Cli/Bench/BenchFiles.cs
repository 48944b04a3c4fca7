using System.Globalization;
using System.Text.Json;

namespace Vigil.Cli.Bench;

/// <summary>Reads the benchmark's neutral files (../shared/bench README): detections CSV and META.json.</summary>
internal static class BenchFiles
{
    /// <summary>Reads <c>params</c> from META.json; null with an error message when a field is missing or wrong.</summary>
    public static BenchParams? ReadParams(string path, out string? error)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement p = doc.RootElement.GetProperty("params");
            double Get(string name) => p.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number
                ? v.GetDouble()
                : throw new KeyNotFoundException($"params.{name} is missing or not a number");
            error = null;
            return new BenchParams(Get("dt"), Get("q"), Get("sigma"), Get("pd"), Get("clutter_rate"), Get("area"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error = $"{path}: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// Reads a benchmark CSV whose first five columns are <c>scan,time_s,id,x,y</c> (detections,
    /// truth and track files all are; a detections file's sixth column, truth_id, is never read),
    /// grouped by scan with every scan from 0 to the last present (empty ones included). Bad lines are
    /// reported as <c>file:line: problem</c>.
    /// </summary>
    public static List<BenchScan> ReadScans(string path, List<string> errors)
    {
        var byScan = new SortedDictionary<int, (double Time, List<int> Ids, List<double> X, List<double> Y)>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split(',');
            if (f.Length < 5
                || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int scan) || scan < 0
                || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double t)
                || !int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int id)
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double y)
                || !double.IsFinite(t) || !double.IsFinite(x) || !double.IsFinite(y))
            {
                errors.Add($"{path}:{number}: expected scan,time_s,id,x,y,... with numbers, got '{(line.Length > 80 ? line[..80] + "…" : line)}'");
                continue;
            }

            if (!byScan.TryGetValue(scan, out var s))
            {
                byScan[scan] = s = (t, [], [], []);
            }

            s.Ids.Add(id);
            s.X.Add(x);
            s.Y.Add(y);
        }

        var scans = new List<BenchScan>();
        int last = byScan.Count == 0 ? -1 : byScan.Keys.Max();
        double dt = byScan.Count > 1 ? (byScan.Last().Value.Time - byScan.First().Value.Time) / (byScan.Last().Key - byScan.First().Key) : 1;
        for (int k = 0; k <= last; k++)
        {
            scans.Add(byScan.TryGetValue(k, out var s)
                ? new BenchScan(k, s.Time, [.. s.Ids], [.. s.X], [.. s.Y])
                : new BenchScan(k, k * dt, [], [], []));
        }

        return scans;
    }
}
