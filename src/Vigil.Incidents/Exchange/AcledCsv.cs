using System.Globalization;

namespace Vigil.Incidents.Exchange;

/// <summary>
/// Incident records as ACLED-compatible CSV: ACLED's standard columns in ACLED's order (ACLED
/// Codebook 2023, "ACLED Data Columns at a Glance"), then Vigil's own columns, which readers that
/// go by header name ignore. The text is RFC 4180 CSV with CRLF line ends, a field quoted when it
/// holds a comma, a double quote or a line break; numbers and dates are written and read in the
/// invariant culture. Writing to a temporary file and renaming it is the caller's business.
/// </summary>
/// <remarks>
/// <para>What each column holds:</para>
/// <list type="table">
/// <item><term>event_id_cnty</term><description>The record's <see cref="IncidentRecord.ExternalId"/> when
/// it came from another dataset; otherwise <c>VIGIL-</c> and Vigil's id (<c>VIGIL-INC-0007</c>). The id
/// carries no country acronym, as ACLED's do, because a record's country may change from one version
/// to the next (a more precise place is found) and its id must not.</description></item>
/// <item><term>event_date, year</term><description><c>yyyy-MM-dd</c> (UTC) and its year. A day is the
/// record's start day; a week, a month or an unknown date is the middle of the record's period, as
/// ACLED dates weeks and months by their middle.</description></item>
/// <item><term>time_precision</term><description>1 day, 2 week, 3 month; Vigil's unknown dates are
/// written as 3.</description></item>
/// <item><term>disorder_type, event_type, sub_event_type</term><description>"Political violence" for
/// Battles and Explosions/Remote violence, "Strategic developments" for Strategic developments; the
/// ACLED names of <see cref="IncidentRecord.SubType"/>.</description></item>
/// <item><term>actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2</term><description>Actor 1 is
/// the first actor; actor 2 the first actor of another side, or else the second. Every other actor is
/// an associate of actor 2 when it shares actor 2's side (and actor 2's side is not actor 1's), of
/// actor 1 otherwise; associates are joined with "; ". The inter codes are the actors'
/// <see cref="ActorKind"/> values (1–8).</description></item>
/// <item><term>interaction</term><description>The two inter codes, the lower first (12); one actor's code
/// followed by 0 (10); empty without actors.</description></item>
/// <item><term>civilian_targeting</term><description>"Civilian targeting" for political violence in
/// which civilians (inter 7) take part, as ACLED only names civilians as the targets of
/// violence.</description></item>
/// <item><term>iso, region, country</term><description>ISO 3166-1 numeric, ACLED's region and country
/// name (AF 4 South Asia Afghanistan; PK 586 South Asia Pakistan; TJ 762 Caucasus and Central Asia
/// Tajikistan; CN 156 East Asia China). Another country is written by its alpha-2 code alone.</description></item>
/// <item><term>admin1, admin2, admin3, location</term><description>Province, district, (none) and the
/// most precise place name.</description></item>
/// <item><term>latitude, longitude, geo_precision</term><description>Decimal degrees to 6 places;
/// ACLED's spatial precision 1 (town), 2 (near a place, or a district), 3 (a province). All three
/// are empty when only the country is known.</description></item>
/// <item><term>source, source_scale</term><description>The linked reports' sources, each once, joined
/// with "; ", and "Vigil sensors" when sensors recorded the incident; source scale is left empty.</description></item>
/// <item><term>notes, fatalities, tags, timestamp</term><description>The description; the total best
/// estimate of deaths (the low one when no best is known, 0 when nothing is known, as ACLED writes
/// it); (none); <see cref="IncidentRecord.UpdatedAt"/> in Unix seconds.</description></item>
/// <item><term>vigil_id</term><description>Vigil's id, <c>INC-0007</c>.</description></item>
/// <item><term>fatalities_low, fatalities_high, injuries_best</term><description>The total low and high
/// estimates of deaths and the best estimate of injuries; empty when unknown.</description></item>
/// <item><term>grade, grade_suggested, status</term><description>The decided grade (empty when none)
/// and the suggested one, in Airwars' words in lower case; "open", "under-review" or "closed" (the
/// names of <see cref="JsonName"/>).</description></item>
/// <item><term>actors</term><description>Every actor in order, as <c>name (side, inter)</c> or
/// <c>name (inter)</c> without a side, joined with "; ": what the ACLED columns cannot hold, so that
/// an import gives back the same actors.</description></item>
/// </list>
/// </remarks>
public static class AcledCsv
{
    /// <summary>What <c>event_id_cnty</c> begins with for Vigil's own records.</summary>
    private const string OwnIdPrefix = "VIGIL-";

    private static readonly string[] Header =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "vigil_id", "fatalities_low", "fatalities_high", "injuries_best", "grade", "grade_suggested", "status", "actors",
    ];

    private static readonly string[] Required = ["event_date", "event_type", "sub_event_type", "country", "latitude", "longitude", "fatalities"];

    /// <summary>Writes the header and one row per record.</summary>
    /// <exception cref="ArgumentNullException">An argument, or one of the records, is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<IncidentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        Csv.WriteRecord(writer, Header);
        foreach (IncidentRecord r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
            Csv.WriteRecord(writer, Row(r));
        }
    }

    /// <summary>
    /// Reads an ACLED CSV file (ACLED's own, or one written by <see cref="Write"/>) into draft records.
    /// Columns are found by header name, in any order and any case; other columns are ignored. A
    /// missing required column (event_date, event_type, sub_event_type, country, latitude, longitude,
    /// fatalities) is one error at line 1 and no row is read. A bad row is reported — every bad field,
    /// with its line and column — and skipped; the good rows are kept.
    /// </summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="sourceName">Who published the file, e.g. <c>ACLED</c>: each draft carries one claim of
    /// that organisation asserting the event, with the row's notes and sources as its statement.</param>
    /// <remarks>
    /// Row by row: the date as <c>2026-06-30</c> or <c>30 June 2026</c>, widened by its time precision to
    /// the day, the week around it (three days either side) or its month; the sub-event type, which must
    /// be one Vigil records (Armed clash, Air/drone strike, Shelling/artillery/missile attack, Disrupted
    /// weapons use, Drone incursion) and agree with the event type; the country by ACLED's name or an
    /// alpha-2 code; the point, with its geo_precision (a row without coordinates is placed in its country
    /// only); deaths as <c>fatalities</c> exactly, in the unknown category — or, when the file has
    /// Vigil's fatalities_low and fatalities_high columns, as low, best and high, where 0 with no low is
    /// an unknown best; actors from Vigil's <c>actors</c> column when present, else from actor1, actor2
    /// and their associates with their inter codes (associates take their actor's code) and the side the
    /// name gives ("Military Forces of Pakistan (2018-)" is Pakistan's); <see cref="IncidentRecord.UpdatedAt"/>
    /// from <c>timestamp</c>, or the end of the event's period without one. Grades, status and sources
    /// are not read back as such.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    public static AcledImport Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var records = new List<IncidentRecord>();
        var errors = new List<AcledRowError>();
        var csv = new Csv(reader);
        if (!csv.TryRead(out List<string> header, out _, out _))
        {
            errors.Add(new AcledRowError(1, "", "the file is empty; an ACLED file begins with a header row"));
            return new AcledImport(records, errors);
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (string name in Required)
        {
            if (!columns.ContainsKey(name))
            {
                errors.Add(new AcledRowError(1, name, $"the required column {name} is missing"));
            }
        }

        if (errors.Count > 0)
        {
            return new AcledImport(records, errors);
        }

        var source = Party.Organisation(sourceName);
        while (csv.TryRead(out List<string> fields, out int line, out string? error))
        {
            if (error is not null)
            {
                errors.Add(new AcledRowError(line, "", error));
            }
            else if (fields.Count != header.Count)
            {
                if (fields is not [""])
                {
                    errors.Add(new AcledRowError(line, "", $"the row has {fields.Count} fields; the header has {header.Count}"));
                }
            }
            else if (new AcledRow(columns, fields, line, errors).ToDraft(source) is { } record)
            {
                records.Add(record);
            }
        }

        return new AcledImport(records, errors);
    }

    private static string[] Row(IncidentRecord r)
    {
        IncidentLocation place = r.Location;
        AcledCodes.Country? country = place.Country is null ? null : AcledCodes.ByCode(place.Country);
        DateOnly date = EventDate(r);
        (IncidentActor? a1, IncidentActor? a2, List<IncidentActor> assoc1, List<IncidentActor> assoc2) = Split(r.Actors);
        string disorder = AcledCodes.DisorderType(r.SubType);
        bool civilianTargeting = disorder == "Political violence" && r.Actors.Any(a => a.Kind == ActorKind.Civilians);
        FatalityRange dead = r.TotalFatalities;
        return
        [
            r.ExternalId ?? OwnIdPrefix + r.Id,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Number(date.Year),
            Number(AcledCodes.TimePrecision(r.TimePrecision)),
            disorder,
            r.Type,
            EventTypes.SubTypeName(r.SubType),
            a1?.Name ?? "",
            string.Join("; ", assoc1.Select(a => a.Name)),
            Number((int?)a1?.Kind),
            a2?.Name ?? "",
            string.Join("; ", assoc2.Select(a => a.Name)),
            Number((int?)a2?.Kind),
            a1 is null ? "" : Number(AcledCodes.Interaction(a1.Kind, a2?.Kind)),
            civilianTargeting ? "Civilian targeting" : "",
            Number(country?.IsoNumeric),
            country?.Region ?? "",
            country?.Name ?? place.Country ?? "",
            place.Admin1 ?? "",
            place.Admin2 ?? "",
            "",
            place.Name ?? "",
            place.Point is { } p ? Degrees(p.LatitudeDeg) : "",
            place.Point is { } q ? Degrees(q.LongitudeDeg) : "",
            place.Point is null ? "" : Number(AcledCodes.GeoPrecision(place.Precision) ?? 3),
            Sources(r),
            "",
            r.Description,
            Number(dead.Best ?? dead.Low ?? 0),
            "",
            Number(r.UpdatedAt.ToUnixTimeSeconds()),
            r.Id.ToString(),
            Number(dead.Low),
            Number(dead.High),
            Number(IncidentRecord.Total(r.Injuries).Best),
            r.Grade is { } g ? JsonName.Of(g.Grade) : "",
            JsonName.Of(r.SuggestedGrade.Grade),
            JsonName.Of(r.Status),
            string.Join("; ", r.Actors.Select(AcledRow.Format)),
        ];
    }

    /// <summary>The start day for a day; otherwise the middle of the period, as ACLED dates weeks and months.</summary>
    private static DateOnly EventDate(IncidentRecord r)
    {
        DateTimeOffset at = r.TimePrecision == DatePrecision.Day ? r.Start : r.Start + ((r.End - r.Start) / 2);
        return DateOnly.FromDateTime(at.UtcDateTime);
    }

    private static (IncidentActor? A1, IncidentActor? A2, List<IncidentActor> Assoc1, List<IncidentActor> Assoc2) Split(IReadOnlyList<IncidentActor> actors)
    {
        List<IncidentActor> assoc1 = [], assoc2 = [];
        if (actors.Count == 0)
        {
            return (null, null, assoc1, assoc2);
        }

        IncidentActor a1 = actors[0];
        int second = -1;
        for (int i = 1; i < actors.Count && second < 0; i++)
        {
            second = actors[i].Side != a1.Side ? i : -1;
        }

        second = second < 0 && actors.Count > 1 ? 1 : second;
        IncidentActor? a2 = second > 0 ? actors[second] : null;
        bool twoSides = a2 is not null && a2.Side != a1.Side;
        for (int i = 1; i < actors.Count; i++)
        {
            if (i != second)
            {
                (twoSides && actors[i].Side == a2!.Side ? assoc2 : assoc1).Add(actors[i]);
            }
        }

        return (a1, a2, assoc1, assoc2);
    }

    private static string Sources(IncidentRecord r)
    {
        var sources = r.Reports.Select(x => x.Source).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (r.Sensors.Count > 0)
        {
            sources.Add("Vigil sensors");
        }

        return string.Join("; ", sources);
    }

    private static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Degrees to 6 decimal places (about 0.1 m), without trailing zeros.</summary>
    private static string Degrees(double deg) => (Math.Round(deg, 6) + 0.0).ToString("0.######", CultureInfo.InvariantCulture);
}
