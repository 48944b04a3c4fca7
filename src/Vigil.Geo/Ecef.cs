namespace Vigil.Geo;

/// <summary>Earth-centred, Earth-fixed Cartesian coordinates in metres (WGS84). Default is the Earth's centre.</summary>
/// <param name="X">Towards (0°, 0°).</param>
/// <param name="Y">Towards (0°, 90° E).</param>
/// <param name="Z">Towards the north pole.</param>
public readonly record struct Ecef(double X, double Y, double Z);
