namespace Vigil.Core;

/// <summary>
/// One radar plot: a measurement of range, azimuth and (for a 3-D radar) elevation, taken by one
/// sensor at one instant. A missed detection is not a <see cref="Detection"/>: it is the absence of
/// one, which the tracker accounts for through the sensor's probability of detection.
/// </summary>
public readonly struct Detection
{
    /// <summary>Creates a detection.</summary>
    /// <param name="sensor">The sensor that measured it.</param>
    /// <param name="measuredAt">When the beam illuminated the object (UTC).</param>
    /// <param name="receivedAt">When the plot reached Vigil (UTC); not before <paramref name="measuredAt"/>.</param>
    /// <param name="rangeM">Slant range from the antenna in metres, positive.</param>
    /// <param name="azimuthDeg">Azimuth clockwise from true north in degrees, [0, 360).</param>
    /// <param name="elevationDeg">Elevation above the local horizontal in degrees, [-90, 90]; NaN for a 2-D radar.</param>
    /// <param name="rcsDbsm">Estimated radar cross-section in dBsm; NaN when the sensor does not report it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public Detection(SensorId sensor, DateTimeOffset measuredAt, DateTimeOffset receivedAt,
        double rangeM, double azimuthDeg, double elevationDeg, double rcsDbsm)
    {
        if (!(rangeM > 0) || !double.IsFinite(rangeM))
        {
            throw new ArgumentOutOfRangeException(nameof(rangeM), rangeM, "Range must be positive and finite.");
        }

        if (!(azimuthDeg >= 0 && azimuthDeg < 360))
        {
            throw new ArgumentOutOfRangeException(nameof(azimuthDeg), azimuthDeg, "Azimuth must be in [0, 360) degrees.");
        }

        if (!double.IsNaN(elevationDeg) && !(elevationDeg >= -90 && elevationDeg <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(elevationDeg), elevationDeg, "Elevation must be in [-90, 90] degrees or NaN.");
        }

        if (receivedAt < measuredAt)
        {
            throw new ArgumentOutOfRangeException(nameof(receivedAt), receivedAt, "A detection cannot be received before it is measured.");
        }

        Sensor = sensor;
        MeasuredAt = measuredAt;
        ReceivedAt = receivedAt;
        RangeM = rangeM;
        AzimuthDeg = azimuthDeg;
        ElevationDeg = elevationDeg;
        RcsDbsm = rcsDbsm;
    }

    /// <summary>The sensor that measured it.</summary>
    public SensorId Sensor { get; }

    /// <summary>When the object was illuminated (UTC).</summary>
    public DateTimeOffset MeasuredAt { get; }

    /// <summary>When the plot reached Vigil (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Slant range in metres.</summary>
    public double RangeM { get; }

    /// <summary>Azimuth clockwise from true north, degrees in [0, 360).</summary>
    public double AzimuthDeg { get; }

    /// <summary>Elevation in degrees; NaN for a 2-D radar.</summary>
    public double ElevationDeg { get; }

    /// <summary>Whether the plot carries an elevation.</summary>
    public bool HasElevation => !double.IsNaN(ElevationDeg);

    /// <summary>Estimated radar cross-section in dBsm; NaN when unknown.</summary>
    public double RcsDbsm { get; }
}
