namespace Vigil.Osint;

/// <summary>
/// Deaths reported for an event, UCDP-style: a low, best and high estimate, each null when the text
/// does not give it ("at least 12" has no high; "between 5 and 8" has no best). <see cref="Unknown"/>,
/// all null, is the default: nothing was said about deaths.
/// </summary>
/// <param name="Low">The lowest count the text supports, ≥ 0.</param>
/// <param name="Best">The count the text gives as most likely, ≥ 0.</param>
/// <param name="High">The highest count the text allows, ≥ 0.</param>
public readonly record struct FatalityRange(int? Low, int? Best, int? High)
{
    /// <summary>Nothing known.</summary>
    public static FatalityRange Unknown => default;

    /// <summary>Whether any of the three is known.</summary>
    public bool IsKnown => Low is not null || Best is not null || High is not null;
}
