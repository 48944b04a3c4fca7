namespace Vigil.Incidents.Exchange;

/// <summary>
/// The codes and names of the ACLED Codebook that Vigil's records map to. Sources: ACLED Codebook
/// (2023, 2024), sections "ACLED Data Columns at a Glance", "'Inter' codes", "Interaction codes",
/// "Spatial precision codes" and "Time precision codes"; the acledR package's codebook pages
/// (github.com/dtacled/acledR, vignettes/time.Rmd, vignettes/geography.Rmd,
/// articles/acled_codebook.html) for the same tables.
/// </summary>
internal static class AcledCodes
{
    /// <summary>The countries Vigil's borders touch, and China, whose nationals appear as actors.</summary>
    /// <remarks>
    /// Numeric codes are ISO 3166-1 numeric, as ACLED's <c>iso</c> column holds them. Regions are
    /// ACLED's: Afghanistan and Pakistan are in "South Asia", Tajikistan in "Caucasus and Central
    /// Asia", China in "East Asia" (acledR's region table: South Asia 7, Caucasus and Central Asia 13,
    /// East Asia 17).
    /// </remarks>
    private static readonly Country[] Countries =
    [
        new("AF", "Afghanistan", 4, "South Asia"),
        new("PK", "Pakistan", 586, "South Asia"),
        new("TJ", "Tajikistan", 762, "Caucasus and Central Asia"),
        new("CN", "China", 156, "East Asia"),
    ];

    /// <summary>ACLED's country name, ISO numeric code and region for an ISO 3166-1 alpha-2 code; null when Vigil does not know it.</summary>
    public static Country? ByCode(string alpha2) =>
        Array.Find(Countries, c => string.Equals(c.Alpha2, alpha2, StringComparison.OrdinalIgnoreCase));

    /// <summary>The country ACLED names <paramref name="name"/> (any case); null when Vigil does not know it.</summary>
    public static Country? ByName(string name) =>
        Array.Find(Countries, c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The one country an ACLED actor name refers to, as ACLED writes them ("Military Forces of
    /// Pakistan (2018-)", "Civilians (China)"); null when it names none or more than one.
    /// </summary>
    public static string? SideOf(string actorName)
    {
        Country? found = null;
        foreach (Country c in Countries)
        {
            if (actorName.Contains(c.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = c;
            }
        }

        return found?.Alpha2;
    }

    /// <summary>
    /// ACLED's disorder type: "Political violence" for Battles and Explosions/Remote violence,
    /// "Strategic developments" for Strategic developments (ACLED Codebook 2023, "ACLED Data Columns at
    /// a Glance", <c>disorder_type</c>).
    /// </summary>
    public static string DisorderType(EventSubType subType) =>
        EventTypes.TypeName(subType) == "Strategic developments" ? "Strategic developments" : "Political violence";

    /// <summary>
    /// ACLED's time precision: 1 the day is known; 2 only the week (the event date is the middle of
    /// the week); 3 only the month (the event date is the middle of the month). Vigil's unknown dates
    /// are written as 3, the least precise code ACLED has.
    /// </summary>
    public static int TimePrecision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        _ => 3,
    };

    /// <summary>The <see cref="DatePrecision"/> of ACLED time precision <paramref name="code"/>; null for another code.</summary>
    public static DatePrecision? DatePrecisionOf(int code) => code switch
    {
        1 => DatePrecision.Day,
        2 => DatePrecision.Week,
        3 => DatePrecision.Month,
        _ => null,
    };

    /// <summary>
    /// ACLED's spatial precision: 1 a town or its outskirts, 2 near a known place or a small part of a
    /// region (Vigil's district), 3 a region only (Vigil's province). A record placed only in a
    /// country has no point, and no code.
    /// </summary>
    public static int? GeoPrecision(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Point => 1,
        PlacePrecision.District => 2,
        PlacePrecision.Province => 3,
        _ => null,
    };

    /// <summary>The <see cref="PlacePrecision"/> of a point with ACLED spatial precision <paramref name="code"/>; null for another code.</summary>
    public static PlacePrecision? PlacePrecisionOf(int code) => code switch
    {
        1 => PlacePrecision.Point,
        2 => PlacePrecision.District,
        3 => PlacePrecision.Province,
        _ => null,
    };

    /// <summary>
    /// ACLED's interaction code: the two actors' inter codes as one two-digit number, the lower
    /// first (State forces against Rebel group is 12, whichever is actor 1); a single actor's code
    /// followed by 0 (10 is "sole military action").
    /// </summary>
    public static int Interaction(ActorKind first, ActorKind? second)
    {
        if (second is not { } other)
        {
            return (int)first * 10;
        }

        int lo = Math.Min((int)first, (int)other), hi = Math.Max((int)first, (int)other);
        return (lo * 10) + hi;
    }

    /// <summary>A country ACLED codes events in.</summary>
    /// <param name="Alpha2">ISO 3166-1 alpha-2, as Vigil's records hold it.</param>
    /// <param name="Name">ACLED's country name.</param>
    /// <param name="IsoNumeric">ISO 3166-1 numeric, ACLED's <c>iso</c>.</param>
    /// <param name="Region">ACLED's region.</param>
    internal sealed record Country(string Alpha2, string Name, int IsoNumeric, string Region);
}
