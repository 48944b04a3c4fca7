namespace Vigil.Geo;

/// <summary>One land border of Afghanistan, as a line with Afghanistan on its left.</summary>
/// <param name="Code">The border's code, <c>AF-</c> and the neighbour's ISO 3166-1 alpha-2 code (e.g. <c>AF-PK</c>).</param>
/// <param name="CountryA">The country on the line's left: always <c>AF</c>.</param>
/// <param name="CountryB">The neighbour, on the line's right.</param>
/// <param name="Name">A readable name, e.g. "Afghanistan–Pakistan".</param>
public sealed record Border(string Code, string CountryA, string CountryB, string Name);
