using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking;

/// <summary>
/// Converted measurements: a polar plot (r, θ azimuth, φ elevation) becomes a Cartesian position in
/// the radar's ENU frame, x = r cos φ sin θ, y = r cos φ cos θ, z = r sin φ, with the linearised
/// covariance J R Jᵀ (J the Jacobian of that map at the measured point, R = diag(σr², σθ², σφ²)), then
/// is carried into the tracker's frame: position through ECEF, covariance rotated by the frames'
/// relative rotation. See Y. Bar-Shalom, X. R. Li, T. Kirubarajan, "Estimation with Applications to
/// Tracking and Navigation" (2001), §10.4.3, and D. Lerro, Y. Bar-Shalom, "Tracking with debiased
/// consistent converted measurements versus EKF", IEEE TAES 29(3), 1993: the linearised covariance is
/// consistent while r·σθ² is small against σr, which holds for the radars here (σθ ≈ 0.25°).
/// A 2-D radar (no elevation) measures the horizontal position only: its plot is placed at the
/// elevation of an assumed height above the radar, <see cref="TwoDimensionalHeightM"/>, with a height
/// variance so large that the vertical component carries no information.
/// </summary>
public sealed class MeasurementConverter
{
    /// <summary>Assumed height of a 2-D radar's targets above the antenna, metres.</summary>
    public const double TwoDimensionalHeightM = 300;

    private const double TwoDimensionalHeightSigmaM = 5_000;

    private readonly LocalFrame _trackerFrame;
    private readonly RadarSite[] _sensors;
    private readonly LocalFrame[] _sensorFrames;
    private readonly Matrix3[] _rotations;

    /// <summary>Prepares conversions from each sensor's frame into <paramref name="trackerFrame"/>.</summary>
    public MeasurementConverter(LocalFrame trackerFrame, IReadOnlyList<RadarSite> sensors)
    {
        ArgumentNullException.ThrowIfNull(trackerFrame);
        ArgumentNullException.ThrowIfNull(sensors);
        _trackerFrame = trackerFrame;
        _sensors = [.. sensors];
        _sensorFrames = new LocalFrame[_sensors.Length];
        _rotations = new Matrix3[_sensors.Length];
        for (int i = 0; i < _sensors.Length; i++)
        {
            _sensorFrames[i] = new LocalFrame(_sensors[i].Position);
            double[] r = trackerFrame.RotationFrom(_sensorFrames[i]);
            for (int k = 0; k < 9; k++)
            {
                _rotations[i][k] = r[k];
            }
        }
    }

    /// <summary>The sensors, in index order.</summary>
    public IReadOnlyList<RadarSite> Sensors => _sensors;

    /// <summary>The index of a sensor, or −1 when the tracker does not know it.</summary>
    public int IndexOf(SensorId id)
    {
        for (int i = 0; i < _sensors.Length; i++)
        {
            if (_sensors[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The sensor's antenna position in the tracker's frame.</summary>
    public Enu SensorPosition(int sensor) => _trackerFrame.ToEnu(_sensors[sensor].Position);

    /// <summary>Converts a plot of sensor <paramref name="sensor"/>.</summary>
    public Measurement Convert(in Detection detection, int sensor)
    {
        RadarSite site = _sensors[sensor];
        double r = detection.RangeM;
        double az = Angle.ToRadians(detection.AzimuthDeg);
        double sr = site.RangeSigmaM;
        double sa = Angle.ToRadians(site.AzimuthSigmaDeg);
        double el, se;
        if (detection.HasElevation && site.Is3D)
        {
            el = Angle.ToRadians(detection.ElevationDeg);
            se = Angle.ToRadians(site.ElevationSigmaDeg);
        }
        else
        {
            el = Math.Asin(Math.Clamp(TwoDimensionalHeightM / r, -1, 1));
            se = TwoDimensionalHeightSigmaM / r;
        }

        double ce = Math.Cos(el), sne = Math.Sin(el), ca = Math.Cos(az), sna = Math.Sin(az);
        Enu local = new(r * ce * sna, r * ce * ca, r * sne);

        // Jacobian of (r, az, el) → (e, n, u), columns d/dr, d/daz, d/del.
        Matrix3 j = default;
        j[0] = ce * sna;
        j[1] = r * ce * ca;
        j[2] = -r * sne * sna;
        j[3] = ce * ca;
        j[4] = -r * ce * sna;
        j[5] = -r * sne * ca;
        j[6] = sne;
        j[7] = 0;
        j[8] = r * ce;
        Matrix3 polar = Matrix3.Diagonal(sr * sr, sa * sa, se * se);
        Matrix3 sensorCov = polar.Transform(j);

        Enu p = _trackerFrame.ToEnu(_sensorFrames[sensor].ToEcef(local));
        Measurement m = default;
        m.Position = Vector3.Of(p.East, p.North, p.Up);
        m.Covariance = sensorCov.Transform(_rotations[sensor]);
        m.At = detection.MeasuredAt;
        m.RcsDbsm = detection.RcsDbsm;
        m.Sensor = sensor;
        return m;
    }
}
