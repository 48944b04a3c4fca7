using Vigil.Core;

namespace Vigil.Tracking.Classification;

/// <summary>
/// A track's accumulated class evidence and the resulting probabilities (naive Bayes):
/// log P(c | data) = log prior(c) + Σ_plots w·log p(rcs | c) + log p(speed | c) + log p(height | c) + const,
/// where the RCS terms decay by the forgetting factor w at each plot and the kinematic terms use the
/// current estimate (they are not summed over updates, which would count one estimate many times).
/// </summary>
public sealed class ClassEvidence
{
    private double _rcsDrone, _rcsBird, _rcsAircraft;
    private double _rcsSum;
    private int _rcsCount;

    /// <summary>The current probabilities (uniform until evidence arrives).</summary>
    public ClassProbabilities Probabilities { get; private set; }

    /// <summary>Mean of the plots' RCS in dBsm, NaN before any plot carried one.</summary>
    public double MeanRcsDbsm => _rcsCount == 0 ? double.NaN : _rcsSum / _rcsCount;

    /// <summary>Forgets all evidence.</summary>
    public void Clear()
    {
        _rcsDrone = _rcsBird = _rcsAircraft = _rcsSum = 0;
        _rcsCount = 0;
        Probabilities = default;
    }

    /// <summary>Adds a plot's RCS (NaN: none) and re-evaluates with the current speed and height.</summary>
    public void Update(double rcsDbsm, double speedMps, double altitudeM, int hits, ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsNaN(rcsDbsm))
        {
            double w = options.Forgetting;
            _rcsDrone = (w * _rcsDrone) + LogGaussian(rcsDbsm, options.Drone.RcsMeanDbsm, options.Drone.RcsSigmaDb);
            _rcsBird = (w * _rcsBird) + LogGaussian(rcsDbsm, options.Bird.RcsMeanDbsm, options.Bird.RcsSigmaDb);
            _rcsAircraft = (w * _rcsAircraft) + LogGaussian(rcsDbsm, options.Aircraft.RcsMeanDbsm, options.Aircraft.RcsSigmaDb);
            _rcsSum += rcsDbsm;
            _rcsCount++;
        }

        double d = Math.Log(options.Drone.Prior) + _rcsDrone;
        double b = Math.Log(options.Bird.Prior) + _rcsBird;
        double a = Math.Log(options.Aircraft.Prior) + _rcsAircraft;
        if (hits >= options.MinHitsForKinematics)
        {
            d += Kinematics(options.Drone, speedMps, altitudeM);
            b += Kinematics(options.Bird, speedMps, altitudeM);
            a += Kinematics(options.Aircraft, speedMps, altitudeM);
        }

        double max = Math.Max(d, Math.Max(b, a));
        Probabilities = new ClassProbabilities(Math.Exp(d - max), Math.Exp(b - max), Math.Exp(a - max));
    }

    private static double Kinematics(ClassModel m, double speedMps, double altitudeM) =>
        LogGaussian(speedMps, m.SpeedMeanMps, m.SpeedSigmaMps) + LogGaussian(altitudeM, m.AltitudeMeanM, m.AltitudeSigmaM);

    private static double LogGaussian(double x, double mean, double sigma)
    {
        double z = (x - mean) / sigma;
        return (-0.5 * z * z) - Math.Log(sigma);
    }
}
