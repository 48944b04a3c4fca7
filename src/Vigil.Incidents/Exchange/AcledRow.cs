using System.Globalization;
using Vigil.Core;

namespace Vigil.Incidents.Exchange;

/// <summary>
/// One row of an ACLED CSV file being read: its fields by column name, and the errors found in it,
/// each with the row's line and the column at fault. <see cref="AcledCsv.Read"/> says what is read.
/// </summary>
internal sealed class AcledRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, int line, List<AcledRowError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy"];

    /// <summary>The latest Unix time a <see cref="DateTimeOffset"/> holds (9999-12-31T23:59:59Z).</summary>
    private const long MaxUnixSeconds = 253_402_300_799;

    private bool _failed;

    /// <summary>Vigil's form of an actor in the <c>actors</c> column: <c>name (side, inter)</c>, or <c>name (inter)</c> without a side.</summary>
    public static string Format(IncidentActor actor) => actor.Side is null
        ? string.Create(CultureInfo.InvariantCulture, $"{actor.Name} ({(int)actor.Kind})")
        : string.Create(CultureInfo.InvariantCulture, $"{actor.Name} ({actor.Side}, {(int)actor.Kind})");

    /// <summary>The draft record of the row, attributed to <paramref name="source"/>; null when the row has errors, each added to the error list.</summary>
    public IncidentRecord? ToDraft(Party source)
    {
        DateOnly? date = Date("event_date");
        DatePrecision timePrecision = Code("time_precision", AcledCodes.DatePrecisionOf, "1 day, 2 week, 3 month") ?? DatePrecision.Day;
        EventSubType? subType = SubType();
        IncidentLocation? place = Place();
        FatalityRange deaths = Deaths();
        int? injured = Count("injuries_best");
        IReadOnlyList<IncidentActor> actors = Text("actors").Length > 0 ? VigilActors() : AcledActors();
        long? timestamp = Number("timestamp", MaxUnixSeconds);
        if (_failed || date is not { } day || subType is not { } type || place is null)
        {
            return null;
        }

        (DateTimeOffset start, DateTimeOffset end) = Period(day, timePrecision);
        DateTimeOffset updatedAt = timestamp is { } t ? DateTimeOffset.FromUnixTimeSeconds(t) : end;
        Dictionary<CasualtyCategory, FatalityRange> fatalities = deaths.IsKnown ? new() { [CasualtyCategory.Unknown] = deaths } : [];
        Dictionary<CasualtyCategory, FatalityRange> injuries = injured is { } n ? new() { [CasualtyCategory.Unknown] = new FatalityRange(null, n, null) } : [];
        string notes = Text("notes");
        string sources = Text("source");
        string statement = (notes.Length > 0 ? notes : EventTypes.SubTypeName(type)) + (sources.Length > 0 ? $" Sources: {sources}." : "");
        string id = Text("event_id_cnty");
        return new IncidentRecord
        {
            Id = default,
            ExternalId = id.Length > 0 ? id : null,
            Version = 0,
            UpdatedAt = updatedAt,
            SubType = type,
            Start = start,
            End = end,
            TimePrecision = timePrecision,
            Location = place,
            Actors = actors,
            Description = notes,
            Claims =
            [
                new Claim
                {
                    Party = source,
                    Speaker = SpeakerKind.Outlet,
                    At = updatedAt,
                    Stance = Stance.Asserts,
                    Statement = statement,
                    Fatalities = fatalities,
                },
            ],
            Fatalities = fatalities,
            Injuries = injuries,
        };
    }

    /// <summary>The day, the week around the date (ACLED dates a week by its middle), or the date's month; from midnight to the last second, UTC.</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Period(DateOnly date, DatePrecision precision)
    {
        (DateOnly first, DateOnly last) = precision switch
        {
            DatePrecision.Week => (date.AddDays(-3), date.AddDays(3)),
            DatePrecision.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))),
            _ => (date, date),
        };
        return (Midnight(first), Midnight(last).AddDays(1).AddSeconds(-1));
    }

    private static DateTimeOffset Midnight(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private string Text(string column) => columns.TryGetValue(column, out int i) ? fields[i].Trim() : "";

    private void Fail(string column, string reason)
    {
        errors.Add(new AcledRowError(line, column, reason));
        _failed = true;
    }

    private DateOnly? Date(string column)
    {
        string text = Text(column);
        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
        {
            Fail(column, $"{column} '{text}' is not a date like 2026-06-30 or 30 June 2026");
            return null;
        }

        if (d < DateOnly.MinValue.AddDays(3) || d > DateOnly.MaxValue.AddDays(-31))
        {
            Fail(column, $"{column} '{text}' is out of range");
            return null;
        }

        return d;
    }

    /// <summary>A whole number from 0 to <paramref name="max"/>; null when the field is empty or absent, or wrong (an error).</summary>
    private long? Number(string column, long max)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n > max)
        {
            Fail(column, $"{column} '{text}' is not a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return n;
    }

    /// <summary>A whole number from 0 to <see cref="int.MaxValue"/>; null when the field is empty or absent, or wrong (an error).</summary>
    private int? Count(string column) => (int?)Number(column, int.MaxValue);

    /// <summary>The value <paramref name="decode"/> gives the field's code; null when the field is empty, or the code is not one (an error).</summary>
    private T? Code<T>(string column, Func<int, T?> decode, string codes)
        where T : struct
    {
        int? code = Count(column);
        if (code is not { } c)
        {
            return null;
        }

        T? value = decode(c);
        if (value is null)
        {
            Fail(column, $"{column} {c} is not an ACLED code ({codes})");
        }

        return value;
    }

    private EventSubType? SubType()
    {
        string name = Text("sub_event_type");
        if (!EventTypes.TryParseSubType(name, out EventSubType type))
        {
            Fail("sub_event_type", name.Length == 0 ? "sub_event_type is empty" : $"sub_event_type '{name}' is not one Vigil records");
            return null;
        }

        string typeName = Text("event_type");
        if (!string.Equals(typeName, EventTypes.TypeName(type), StringComparison.OrdinalIgnoreCase))
        {
            Fail("event_type", $"event_type '{typeName}' does not go with sub_event_type '{name}', which is one of {EventTypes.TypeName(type)}");
        }

        return type;
    }

    private IncidentLocation? Place()
    {
        string countryText = Text("country");
        string? country = countryText.Length == 0 ? null : AcledCodes.ByName(countryText)?.Alpha2;
        if (country is null && countryText.Length == 2 && char.IsAsciiLetterUpper(countryText[0]) && char.IsAsciiLetterUpper(countryText[1]))
        {
            country = countryText;
        }

        if (country is null && countryText.Length > 0)
        {
            Fail("country", $"country '{countryText}' is not one Vigil covers (Afghanistan, Pakistan, Tajikistan, China, or an ISO 3166-1 alpha-2 code)");
        }

        double? lat = Degrees("latitude", 90);
        double? lon = Degrees("longitude", 180);
        bool hasLat = Text("latitude").Length > 0, hasLon = Text("longitude").Length > 0;
        if (hasLat != hasLon)
        {
            Fail(hasLat ? "longitude" : "latitude", hasLat ? "longitude is empty but latitude is given" : "latitude is empty but longitude is given");
        }

        PlacePrecision precision = PlacePrecision.Country;
        GeoPoint? point = null;
        if (lat is { } la && lon is { } lo)
        {
            point = new GeoPoint(la, lo);
            precision = Code("geo_precision", AcledCodes.PlacePrecisionOf, "1 town, 2 near a place or a district, 3 a region") ?? PlacePrecision.Point;
        }

        return _failed ? null : new IncidentLocation
        {
            Precision = precision,
            Point = point,
            Country = country,
            Admin1 = OrNull(Text("admin1")),
            Admin2 = OrNull(Text("admin2")),
            Name = OrNull(Text("location")),
        };
    }

    private double? Degrees(string column, double limit)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double deg)
            || !double.IsFinite(deg))
        {
            Fail(column, $"{column} '{text}' is not a number");
            return null;
        }

        if (deg < -limit || deg > limit)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"{column} {text} is outside [-{limit}, {limit}]"));
            return null;
        }

        return deg;
    }

    /// <summary>
    /// Deaths: <c>fatalities</c> exactly; or, in a file with Vigil's low and high columns, low, best and
    /// high, 0 with no low standing for an unknown best (Vigil writes 0 when it knows no best or low).
    /// </summary>
    private FatalityRange Deaths()
    {
        if (Text("fatalities").Length == 0)
        {
            Fail("fatalities", "fatalities is empty");
            return default;
        }

        int? n = Count("fatalities");
        if (n is not { } best)
        {
            return default;
        }

        if (!columns.ContainsKey("fatalities_low") && !columns.ContainsKey("fatalities_high"))
        {
            return FatalityRange.Exactly(best);
        }

        int? low = Count("fatalities_low"), high = Count("fatalities_high");
        int? bestOrUnknown = low is null && best == 0 ? null : best;
        if (low > bestOrUnknown || bestOrUnknown > high || low > high)
        {
            Fail("fatalities", $"fatalities_low {Show(low)}, fatalities {best} and fatalities_high {Show(high)} are not ordered low ≤ best ≤ high");
            return default;
        }

        return new FatalityRange(low, bestOrUnknown, high);
    }

    /// <summary>Actors from Vigil's <c>actors</c> column.</summary>
    private List<IncidentActor> VigilActors()
    {
        var actors = new List<IncidentActor>();
        foreach (string item in Text("actors").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (ParseActor(item) is { } actor)
            {
                actors.Add(actor);
            }
            else
            {
                Fail("actors", $"actors item '{item}' is not 'name (side, inter)' or 'name (inter)' with an inter code 1–8");
            }
        }

        return actors;
    }

    /// <summary>Actors from ACLED's columns: actor 1 and its associates, then actor 2 and its associates.</summary>
    private List<IncidentActor> AcledActors()
    {
        var actors = new List<IncidentActor>();
        AddAcledActors(actors, "actor1", "assoc_actor_1", "inter1");
        AddAcledActors(actors, "actor2", "assoc_actor_2", "inter2");
        return actors;
    }

    /// <summary>An actor and its associates, all of the actor's inter code, each on the side its name gives.</summary>
    private void AddAcledActors(List<IncidentActor> actors, string actor, string assoc, string inter)
    {
        string name = Text(actor);
        if (name.Length == 0)
        {
            return;
        }

        if (Text(inter).Length == 0)
        {
            Fail(inter, $"{inter} is empty but {actor} is given");
            return;
        }

        if (Code<ActorKind>(inter, k => Enum.IsDefined((ActorKind)k) ? (ActorKind)k : null, "1–8") is not { } kind)
        {
            return;
        }

        foreach (string n in Text(assoc).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(name))
        {
            actors.Add(new IncidentActor(n, AcledCodes.SideOf(n), kind));
        }
    }

    private static IncidentActor? ParseActor(string item)
    {
        int open = item.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !item.EndsWith(')'))
        {
            return null;
        }

        string name = item[..open].Trim();
        string[] parts = item[(open + 2)..^1].Split(", ");
        string? side = parts.Length == 2 ? parts[0] : null;
        bool sideOk = side is null || (side.Length == 2 && char.IsAsciiLetterUpper(side[0]) && char.IsAsciiLetterUpper(side[1]));
        if (parts.Length > 2 || name.Length == 0 || !sideOk
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || !Enum.IsDefined((ActorKind)code))
        {
            return null;
        }

        return new IncidentActor(name, side, (ActorKind)code);
    }

    private static string? OrNull(string text) => text.Length > 0 ? text : null;

    private static string Show(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "(empty)";
}
