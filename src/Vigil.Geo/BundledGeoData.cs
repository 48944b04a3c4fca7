using System.Reflection;

namespace Vigil.Geo;

/// <summary>
/// The geodata files bundled in this assembly (the repository's data/geo, data/geo/SOURCE.md says
/// where each comes from): what <see cref="BorderAtlas.LoadBundled"/> indexes and what the server's
/// map data is drawn from.
/// </summary>
public static class BundledGeoData
{
    /// <summary>Afghanistan's land borders: one GeoJSON LineString per neighbour, Afghanistan on the left.</summary>
    public const string Borders = "borders.geojson";

    /// <summary>Provinces and districts within 150 km of the border: GeoJSON polygons (and one label point).</summary>
    public const string Admin = "admin.geojson";

    /// <summary>Crossings, cities, district centres and towns near the border: GeoJSON points.</summary>
    public const string Places = "places.geojson";

    /// <summary>Opens one of the bundled files (<see cref="Borders"/>, <see cref="Admin"/>, <see cref="Places"/>); the caller disposes the stream.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a bundled file.</exception>
    public static Stream Open(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name is not (Borders or Admin or Places))
        {
            throw new ArgumentException($"'{name}' is not a bundled geodata file; expected {Borders}, {Admin} or {Places}.", nameof(name));
        }

        return Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Geo.Data." + name)
            ?? throw new InvalidOperationException($"The bundled resource {name} is missing from {typeof(BundledGeoData).Assembly.GetName().Name}.");
    }
}
