namespace Vigil.Osint;

/// <summary>
/// One event read from a report, before it is checked or linked to an incident: every field is what
/// the text says, with null or <see cref="DatePrecision.Unknown"/> where it says nothing.
/// </summary>
/// <param name="Date">When it happened; null when unknown. With week or month precision, the first day of that week or month.</param>
/// <param name="DatePrecision">How precise <paramref name="Date"/> is.</param>
/// <param name="SubType">What happened.</param>
/// <param name="Place">Where, from the gazetteer; null when no known place is named.</param>
/// <param name="Actors">Normalised names of the actors mentioned, in order of first mention.</param>
/// <param name="Fatalities">Deaths reported.</param>
/// <param name="Claims">Attributed statements about it, in text order, dated at publication.</param>
/// <param name="Sentences">The sentences it was read from, in text order.</param>
public sealed record CandidateEvent(
    DateOnly? Date,
    DatePrecision DatePrecision,
    EventSubType SubType,
    GazetteerPlace? Place,
    IReadOnlyList<string> Actors,
    FatalityRange Fatalities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<string> Sentences);
