namespace Vigil.Server.Live;

/// <summary>One point of a track's trail: when, and where to the microdegree (about 0.1 m).</summary>
/// <param name="Ticks">UTC ticks of the state.</param>
/// <param name="LatE6">Latitude in microdegrees.</param>
/// <param name="LonE6">Longitude in microdegrees.</param>
internal readonly record struct TrailPoint(long Ticks, int LatE6, int LonE6)
{
    /// <summary>Degrees to microdegrees, rounded.</summary>
    public static int E6(double deg) => (int)Math.Round(deg * 1e6);
}
