using System.Globalization;
using Vigil.Incidents;

namespace Vigil.Cli.Output;

/// <summary>Short human-readable forms of incident record fields, for the CLI's tables.</summary>
internal static class IncidentText
{
    /// <summary>The place from most to least precise, e.g. <c>Zhob, Balochistan, PK</c>; <c>unknown</c> when nothing is known.</summary>
    public static string Place(IncidentLocation l)
    {
        IEnumerable<string> parts = new[] { l.Name, l.Admin2, l.Admin1, l.Country }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        string place = string.Join(", ", parts);
        return place.Length == 0 ? "unknown" : place;
    }

    /// <summary>The period at its precision: a day, a week (<c>week of …</c>), a month, or <c>undated</c>.</summary>
    public static string When(IncidentRecord r) => r.TimePrecision switch
    {
        DatePrecision.Day => r.Start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => "week of " + r.Start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => r.Start.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => "undated",
    };

    /// <summary>The grade that stands, or the suggestion marked as such.</summary>
    public static string Grade(IncidentRecord r) =>
        r.Grade is { } g ? JsonName.Of(g.Grade) : $"({JsonName.Of(r.SuggestedGrade.Grade)} suggested)";

    /// <summary>Claims counted by stance, e.g. <c>2 asserts, 1 denies</c>; <c>-</c> when none.</summary>
    public static string Stances(IReadOnlyList<Claim> claims) =>
        claims.Count == 0 ? "-" : string.Join(", ", claims.GroupBy(c => c.Stance).OrderBy(g => g.Key).Select(g => $"{g.Count()} {JsonName.Of(g.Key)}"));
}
