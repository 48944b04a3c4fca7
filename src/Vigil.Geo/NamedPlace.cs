using Vigil.Core;

namespace Vigil.Geo;

/// <summary>A populated place or border crossing from the bundled places data (data/geo/places.geojson).</summary>
/// <param name="Name">Its name (e.g. "Zhob", "Torkham").</param>
/// <param name="AlternativeNames">Other spellings and names in other scripts.</param>
/// <param name="Kind">"crossing", "city", "district_centre" or "town", as the data file gives it.</param>
/// <param name="CountryIso">ISO 3166-1 alpha-2 code of its country.</param>
/// <param name="Point">Where it is.</param>
public sealed record NamedPlace(string Name, IReadOnlyList<string> AlternativeNames, string Kind, string CountryIso, GeoPoint Point);
