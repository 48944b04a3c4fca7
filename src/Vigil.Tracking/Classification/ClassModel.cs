namespace Vigil.Tracking.Classification;

/// <summary>
/// One class's feature distributions, each a Gaussian: the measured RCS of a single plot (dBsm), the
/// track's ground speed (m/s) and height above the ellipsoid (m), and the prior probability.
/// </summary>
public sealed record ClassModel(
    double RcsMeanDbsm,
    double RcsSigmaDb,
    double SpeedMeanMps,
    double SpeedSigmaMps,
    double AltitudeMeanM,
    double AltitudeSigmaM,
    double Prior);
