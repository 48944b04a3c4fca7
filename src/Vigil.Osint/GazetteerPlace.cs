using Vigil.Core;

namespace Vigil.Osint;

/// <summary>A place the gazetteer knows by name.</summary>
/// <param name="Name">Its name as the bundled data spells it (e.g. "Zhob", "Khowst", "Shuroobod").</param>
/// <param name="CountryIso">ISO 3166-1 alpha-2 code of its country.</param>
/// <param name="Admin1">Its province; null for a country.</param>
/// <param name="Admin2">Its district when known; null for a province or country.</param>
/// <param name="Point">Where it is: the place itself, or a label point inside the area; null for a country.</param>
/// <param name="Precision">What kind of place it is.</param>
public sealed record GazetteerPlace(string Name, string CountryIso, string? Admin1, string? Admin2, GeoPoint? Point, PlacePrecision Precision);
