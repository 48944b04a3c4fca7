namespace Vigil.Tracking.Classification;

/// <summary>
/// A classifier model's constants worked out once: per class, the log prior and the logs of the
/// standard deviations, so an update costs arithmetic and three exponentials instead of a dozen
/// logarithms.
/// </summary>
internal sealed class ClassTerms
{
    private readonly ClassModel[] _models;
    private readonly double[] _logPrior = new double[3];
    private readonly double[] _logRcsSigma = new double[3];
    private readonly double[] _logKinematicSigmas = new double[3];

    public ClassTerms(ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _models = [options.Drone, options.Bird, options.Aircraft];
        for (int c = 0; c < 3; c++)
        {
            _logPrior[c] = Math.Log(_models[c].Prior);
            _logRcsSigma[c] = Math.Log(_models[c].RcsSigmaDb);
            _logKinematicSigmas[c] = Math.Log(_models[c].SpeedSigmaMps) + Math.Log(_models[c].AltitudeSigmaM);
        }
    }

    /// <summary>The options these terms were made from.</summary>
    public ClassifierOptions Options { get; }

    /// <summary>ln prior of class <paramref name="c"/> (0 drone, 1 bird, 2 aircraft).</summary>
    public double LogPrior(int c) => _logPrior[c];

    /// <summary>ln N(rcs; mean, σ) of class <paramref name="c"/>, without the ½ ln 2π common to all classes.</summary>
    public double Rcs(int c, double rcsDbsm) => -(0.5 * Square((rcsDbsm - _models[c].RcsMeanDbsm) / _models[c].RcsSigmaDb)) - _logRcsSigma[c];

    /// <summary>ln N(speed) + ln N(height) of class <paramref name="c"/>, without the common constants.</summary>
    public double Kinematics(int c, double speedMps, double altitudeM)
    {
        ClassModel m = _models[c];
        return -(0.5 * (Square((speedMps - m.SpeedMeanMps) / m.SpeedSigmaMps) + Square((altitudeM - m.AltitudeMeanM) / m.AltitudeSigmaM)))
            - _logKinematicSigmas[c];
    }

    private static double Square(double x) => x * x;
}
