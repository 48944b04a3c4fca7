using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Osint;

/// <summary>
/// Scores the extractor against a corpus of reports with hand-written expected output: for each
/// <c>NAME.txt</c> (a <see cref="ReportFile"/> with a published date in its header) a <c>NAME.json</c>
/// in the CLI's output shape. Reports are read in file-name order through one <see cref="ReportBatch"/>,
/// so a re-published report is expected to yield no events.
/// </summary>
/// <remarks>
/// Each expected event is paired with the unpaired extracted event agreeing on most of date, place
/// and type. Per field, a paired value counts as a true positive when equal, else as a false negative
/// (and a false positive too when something was extracted); an unpaired value on either side counts
/// against recall or precision. The date is compared with its precision, the place by country,
/// admin1, admin2 and location, the type with its sub-type, fatalities as the whole low/best/high
/// triple, and claims by (party, stance) pairs, the statement aside.
/// </remarks>
public sealed class OsintEvaluation
{
    /// <summary>The fields scored, in report order.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["date", "place", "type", "fatalities", "claims"];

    private OsintEvaluation(int reports, IReadOnlyList<FieldScore> scores, IReadOnlyList<string> misses)
    {
        Reports = reports;
        Scores = scores;
        Misses = misses;
    }

    /// <summary>How many reports were scored.</summary>
    public int Reports { get; }

    /// <summary>One score per field, in the order of <see cref="FieldNames"/>.</summary>
    public IReadOnlyList<FieldScore> Scores { get; }

    /// <summary>Every disagreement, as "report: field: got X, want Y".</summary>
    public IReadOnlyList<string> Misses { get; }

    /// <summary>The score of one field.</summary>
    public FieldScore this[string field] => Scores.First(s => s.Field == field);

    /// <summary>Runs <paramref name="extractor"/> over the corpus in <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">A report has no published date or no expected file, or an expected file is malformed.</exception>
    public static OsintEvaluation Run(ReportExtractor extractor, string directory)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus directory {directory} does not exist.");
        }

        var counts = FieldNames.ToDictionary(f => f, _ => new int[3]);
        var misses = new List<string>();
        var batch = new ReportBatch(extractor);
        string[] reports = [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)];
        foreach (string path in reports)
        {
            string name = Path.GetFileNameWithoutExtension(path);
            ReportFile report = ReportFile.Parse(File.ReadAllText(path));
            DateOnly published = report.Published ?? throw new InvalidDataException($"{name}: the header gives no '# published: YYYY-MM-DD'.");
            string expectedPath = Path.ChangeExtension(path, ".json");
            if (!File.Exists(expectedPath))
            {
                throw new InvalidDataException($"{name}: no expected output {Path.GetFileName(expectedPath)}.");
            }

            List<EventFields> want = Parse(File.ReadAllText(expectedPath), name);
            List<EventFields> got = Parse(CandidateEventJson.Write(batch.Extract(report.Text, published, report.Source)), name);
            Compare(name, want, got, counts, misses);
        }

        return new OsintEvaluation(reports.Length, [.. FieldNames.Select(f => new FieldScore(f, counts[f][0], counts[f][1], counts[f][2]))], misses);
    }

    /// <summary>A table: one line per field with precision, recall, F1 and the counts.</summary>
    public string Format()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{Reports} reports");
        s.AppendLine("field       precision  recall     F1    TP  FP  FN");
        foreach (FieldScore f in Scores)
        {
            s.AppendLine(CultureInfo.InvariantCulture,
                $"{f.Field,-10} {f.Precision,9:0.000} {f.Recall,7:0.000} {f.F1,6:0.000} {f.TruePositives,5} {f.FalsePositives,3} {f.FalseNegatives,3}");
        }

        return s.ToString();
    }

    private static void Compare(string report, List<EventFields> want, List<EventFields> got, Dictionary<string, int[]> counts, List<string> misses)
    {
        var unpaired = new List<EventFields>(got);
        foreach (EventFields w in want)
        {
            EventFields? g = unpaired.OrderByDescending(x => Agreement(w, x)).FirstOrDefault();
            if (g is not null && Agreement(w, g) == 0 && got.Count > 1)
            {
                g = null;
            }

            if (g is not null)
            {
                unpaired.Remove(g);
            }

            foreach (string field in FieldNames.Take(4))
            {
                string? wv = w.Value(field), gv = g?.Value(field);
                int[] c = counts[field];
                if (wv == gv)
                {
                    c[0] += wv is null ? 0 : 1;
                    continue;
                }

                if (wv is not null)
                {
                    c[2]++;
                }

                if (gv is not null)
                {
                    c[1]++;
                }

                misses.Add($"{report}: {field}: got {gv ?? "null"}, want {wv ?? "null"}");
            }

            int[] claims = counts["claims"];
            var left = new List<string>(g?.Claims ?? []);
            foreach (string claim in w.Claims)
            {
                if (left.Remove(claim))
                {
                    claims[0]++;
                }
                else
                {
                    claims[2]++;
                    misses.Add($"{report}: claims: missing {claim}");
                }
            }

            foreach (string extra in left)
            {
                claims[1]++;
                misses.Add($"{report}: claims: unexpected {extra}");
            }
        }

        foreach (EventFields g in unpaired)
        {
            misses.Add($"{report}: an event not expected: {g.Value("type")} at {g.Value("place")}");
            foreach (string field in FieldNames.Take(4))
            {
                if (g.Value(field) is not null)
                {
                    counts[field][1]++;
                }
            }

            counts["claims"][1] += g.Claims.Count;
        }
    }

    private static int Agreement(EventFields a, EventFields b) =>
        FieldNames.Take(3).Count(f => a.Value(f) is not null && a.Value(f) == b.Value(f));

    private static List<EventFields> Parse(string json, string report)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            var events = new List<EventFields>();
            foreach (JsonElement e in doc.RootElement.GetProperty("events").EnumerateArray())
            {
                string? date = Str(e, "date") is { } d ? $"{d} ({Str(e, "datePrecision")})" : null;
                string? place = Str(e, "country") is { } country
                    ? $"{country}/{Str(e, "admin1") ?? "-"}/{Str(e, "admin2") ?? "-"}/{Str(e, "location") ?? "-"}"
                    : null;
                string? type = Str(e, "type") is { } t ? $"{t}/{Str(e, "subType")}" : null;
                JsonElement f = e.GetProperty("fatalities");
                string? fatalities = f.GetProperty("low").ValueKind == JsonValueKind.Null && f.GetProperty("best").ValueKind == JsonValueKind.Null
                    && f.GetProperty("high").ValueKind == JsonValueKind.Null
                    ? null
                    : $"{Num(f, "low")}/{Num(f, "best")}/{Num(f, "high")}";
                var claims = e.GetProperty("claims").EnumerateArray().Select(c => $"{Str(c, "party")}: {Str(c, "stance")}").ToList();
                events.Add(new EventFields(date, place, type, fatalities, claims));
            }

            return events;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{report}: malformed expected output: {ex.Message}", ex);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Num(JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32().ToString(CultureInfo.InvariantCulture) : "?";

    private sealed record EventFields(string? Date, string? Place, string? Type, string? Fatalities, List<string> Claims)
    {
        public string? Value(string field) => field switch
        {
            "date" => Date,
            "place" => Place,
            "type" => Type,
            _ => Fatalities,
        };
    }
}
