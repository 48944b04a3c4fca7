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
    public void Update(double rcsDbsm, double speedMps, double altitudeM, int hits, ClassifierOptions options) =>
        Update(rcsDbsm, speedMps, altitudeM, hits, new ClassTerms(options));

    internal void Update(double rcsDbsm, double speedMps, double altitudeM, int hits, ClassTerms terms)
    {
        ClassifierOptions options = terms.Options;
        if (!double.IsNaN(rcsDbsm))
        {
            double w = options.Forgetting;
            _rcsDrone = (w * _rcsDrone) + terms.Rcs(0, rcsDbsm);
            _rcsBird = (w * _rcsBird) + terms.Rcs(1, rcsDbsm);
            _rcsAircraft = (w * _rcsAircraft) + terms.Rcs(2, rcsDbsm);
            _rcsSum += rcsDbsm;
            _rcsCount++;
        }

        double d = terms.LogPrior(0) + _rcsDrone;
        double b = terms.LogPrior(1) + _rcsBird;
        double a = terms.LogPrior(2) + _rcsAircraft;
        if (hits >= options.MinHitsForKinematics)
        {
            d += terms.Kinematics(0, speedMps, altitudeM);
            b += terms.Kinematics(1, speedMps, altitudeM);
            a += terms.Kinematics(2, speedMps, altitudeM);
        }

        double max = Math.Max(d, Math.Max(b, a));
        Probabilities = new ClassProbabilities(Math.Exp(d - max), Math.Exp(b - max), Math.Exp(a - max));
    }
}
