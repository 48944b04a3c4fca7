namespace Vigil.Core;

/// <summary>
/// A radar's fixed installation and its nominal measurement model, as an operator would configure it.
/// The tracker uses it to turn polar plots into positions with the right covariance.
/// </summary>
public sealed record RadarSite
{
    /// <summary>The radar's id.</summary>
    public required SensorId Id { get; init; }

    /// <summary>Antenna position (height above the ellipsoid).</summary>
    public required GeoPoint Position { get; init; }

    /// <summary>Instrumented range in metres.</summary>
    public required double MaxRangeM { get; init; }

    /// <summary>Standard deviation of the range error in metres.</summary>
    public required double RangeSigmaM { get; init; }

    /// <summary>Standard deviation of the azimuth error in degrees.</summary>
    public required double AzimuthSigmaDeg { get; init; }

    /// <summary>Standard deviation of the elevation error in degrees; NaN for a 2-D radar.</summary>
    public double ElevationSigmaDeg { get; init; } = double.NaN;

    /// <summary>Nominal probability of detecting a target in coverage on one scan, in (0, 1].</summary>
    public required double ProbabilityOfDetection { get; init; }

    /// <summary>Mean number of false plots (clutter) per scan over the whole coverage.</summary>
    public required double FalseAlarmsPerScan { get; init; }

    /// <summary>Time for one antenna revolution.</summary>
    public required TimeSpan ScanPeriod { get; init; }

    /// <summary>Whether the radar measures elevation.</summary>
    public bool Is3D => !double.IsNaN(ElevationSigmaDeg);
}
