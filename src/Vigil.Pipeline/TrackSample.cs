using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Pipeline;

/// <summary>
/// One track update as the live picture replays it: the run-wide track id, time, position, ground
/// speed and heading, the most likely class with its probability, and the status. Kept compact (48
/// bytes) because a run has tens of thousands; the default value names no track (<c>T0000</c>).
/// </summary>
public readonly struct TrackSample
{
    private readonly long _atTicks;
    private readonly double _lat;
    private readonly double _lon;
    private readonly float _altM;
    private readonly float _speedMps;
    private readonly float _headingDeg;
    private readonly float _probability;
    private readonly int _id;
    private readonly byte _class;
    private readonly byte _status;

    /// <summary>Creates a sample; <paramref name="headingDeg"/> is normalised to [0, 360).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Speed is negative, probability outside [0, 1], or either not finite.</exception>
    public TrackSample(TrackId id, DateTimeOffset at, GeoPoint position, double speedMps, double headingDeg,
        ObjectClass objectClass, double probability, TrackStatus status)
    {
        if (!(speedMps >= 0) || !double.IsFinite(speedMps))
        {
            throw new ArgumentOutOfRangeException(nameof(speedMps), speedMps, "Speed must be finite and non-negative.");
        }

        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must be in [0, 1].");
        }

        _id = id.Value;
        _atTicks = at.UtcTicks;
        _lat = position.LatitudeDeg;
        _lon = position.LongitudeDeg;
        _altM = (float)position.AltitudeM;
        _speedMps = (float)speedMps;
        double h = double.IsFinite(headingDeg) ? headingDeg % 360 : 0;
        _headingDeg = (float)(h < 0 ? h + 360 : h);
        _class = (byte)objectClass;
        _probability = (float)probability;
        _status = (byte)status;
    }

    /// <summary>The track, numbered over the whole run.</summary>
    public TrackId Id => new(_id);

    /// <summary>Time of the state (UTC).</summary>
    public DateTimeOffset At => new(_atTicks, TimeSpan.Zero);

    /// <summary>Filtered position; height above the ellipsoid, to the centimetre.</summary>
    public GeoPoint Position => new(_lat, _lon, _altM);

    /// <summary>Horizontal speed over the ground, m/s.</summary>
    public double SpeedMps => _speedMps;

    /// <summary>Direction of travel, degrees clockwise from north, in [0, 360).</summary>
    public double HeadingDeg => _headingDeg;

    /// <summary>The most likely class.</summary>
    public ObjectClass Class => (ObjectClass)_class;

    /// <summary>The probability of <see cref="Class"/>, in [0, 1].</summary>
    public double Probability => _probability;

    /// <summary>Tentative, confirmed, or deleted (the track's last sample).</summary>
    public TrackStatus Status => (TrackStatus)_status;

    /// <summary>The sample of a tracker update renumbered to its run-wide id.</summary>
    public static TrackSample Of(in TrackUpdate update)
    {
        Vigil.Geo.Enu v = update.Velocity;
        double heading = Math.Atan2(v.East, v.North) * 180 / Math.PI;
        ObjectClass c = update.Classification.MostLikely;
        return new TrackSample(update.Id, update.At, update.Position, v.HorizontalLength, heading, c, update.Classification[c], update.Status);
    }
}
