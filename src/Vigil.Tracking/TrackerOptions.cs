using Vigil.Tracking.Classification;
using Vigil.Tracking.Hypothesisers;
using Vigil.Tracking.Imm;

namespace Vigil.Tracking;

/// <summary>The tracker's parameters. Defaults suit small drones (10–40 m/s) seen by counter-UAS radars.</summary>
public sealed record TrackerOptions
{
    /// <summary>Horizontal process noise spectral density q, m²/s³. Default 4 (≈ 2 m/s² manoeuvres).</summary>
    public double HorizontalProcessNoise { get; init; } = 4;

    /// <summary>Vertical process noise spectral density, m²/s³. Default 1.</summary>
    public double VerticalProcessNoise { get; init; } = 1;

    /// <summary>Chi-square gate on the squared Mahalanobis distance. Default 16.27 (P = 0.999, 3 dof).</summary>
    public double Gate { get; init; } = MahalanobisHypothesiser.Gate999ThreeDof;

    /// <summary>Standard deviation of a new track's horizontal velocity, m/s. Default 70 (admits aircraft).</summary>
    public double InitialHorizontalSpeedSigma { get; init; } = 70;

    /// <summary>Standard deviation of a new track's vertical velocity, m/s. Default 10.</summary>
    public double InitialVerticalSpeedSigma { get; init; } = 10;

    /// <summary>Hits among the last <see cref="ConfirmWindow"/> events that confirm a track (M). Default 3.</summary>
    public int ConfirmHits { get; init; } = 3;

    /// <summary>Events (hits and misses) considered for confirmation (N). Default 5.</summary>
    public int ConfirmWindow { get; init; } = 5;

    /// <summary>Consecutive misses that delete a tentative track. Default 2.</summary>
    public int TentativeMaxMisses { get; init; } = 2;

    /// <summary>Consecutive misses (scans in coverage) that delete a confirmed track. Default 6.</summary>
    public int ConfirmedMaxMisses { get; init; } = 6;

    /// <summary>Longest time without a hit before any track is deleted. Default 20 s.</summary>
    public TimeSpan MaxCoast { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Assumed height of the clutter layer, for the clutter density λ = false plots per scan / (coverage area × height). Default 1,000 m.</summary>
    public double ClutterLayerHeightM { get; init; } = 1000;

    /// <summary>
    /// When set, tracks are confirmed and deleted by their log-likelihood ratio score instead of
    /// M-of-N and miss counts (<see cref="MaxCoast"/> still applies). Default none.
    /// </summary>
    public TrackScoreOptions? TrackScore { get; init; }

    /// <summary>When set, an interacting-multiple-model filter (CV and coordinated turns) replaces the CV filter. Default none.</summary>
    public ImmOptions? Imm { get; init; }

    /// <summary>The classifier's model.</summary>
    public ClassifierOptions Classifier { get; init; } = new();
}
