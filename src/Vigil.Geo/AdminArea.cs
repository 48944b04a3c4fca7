namespace Vigil.Geo;

/// <summary>An administrative area from the bundled Who's On First data.</summary>
/// <param name="CountryIso">ISO 3166-1 alpha-2 code of its country.</param>
/// <param name="Level">Province or district.</param>
/// <param name="Name">Its name (e.g. "Bajaur").</param>
/// <param name="Parent">The province of a district; null for a province.</param>
/// <param name="AlternativeNames">Other spellings and names in other languages.</param>
public sealed record AdminArea(string CountryIso, AdminLevel Level, string Name, string? Parent, IReadOnlyList<string> AlternativeNames);
