using Vigil.Tracking.Associators;
using Vigil.Tracking.Deleters;
using Vigil.Tracking.Hypothesisers;
using Vigil.Tracking.Imm;
using Vigil.Tracking.Initiators;
using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Tracking;

/// <summary>The roles a <see cref="Tracker"/> is composed of.</summary>
/// <param name="Predictor">Moves states in time.</param>
/// <param name="Updater">Combines a prediction with a measurement.</param>
/// <param name="Hypothesiser">Gates and scores (track, measurement) pairs.</param>
/// <param name="Associator">Picks the joint assignment.</param>
/// <param name="Initiator">Starts new tracks.</param>
/// <param name="Deleter">Ends lost tracks.</param>
/// <param name="Imm">When set, tracks are filtered by this interacting-multiple-model estimator instead of <paramref name="Predictor"/> alone.</param>
public sealed record Roles(IPredictor Predictor, IUpdater Updater, IHypothesiser Hypothesiser, IAssociator Associator, IInitiator Initiator, IDeleter Deleter,
    ImmEstimator? Imm = null)
{
    /// <summary>The standard composition: CV Kalman filter (or the IMM of <see cref="TrackerOptions.Imm"/>), Mahalanobis gate, GNN, single-point initiation, miss-count deletion (or track-score deletion).</summary>
    public static Roles From(TrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var predictor = new ConstantVelocityPredictor(options.HorizontalProcessNoise, options.VerticalProcessNoise);
        var updater = new KalmanUpdater();
        return new Roles(
            predictor,
            updater,
            new MahalanobisHypothesiser(updater, options.Gate),
            new GnnAssociator(),
            new SinglePointInitiator(options.InitialHorizontalSpeedSigma, options.InitialVerticalSpeedSigma),
            options.TrackScore is { } score
                ? new TrackScoreDeleter(score, options.MaxCoast)
                : new MissCountDeleter(options.TentativeMaxMisses, options.ConfirmedMaxMisses, options.MaxCoast),
            options.Imm is null ? null : ImmEstimator.From(options.Imm, options, updater));
    }
}
