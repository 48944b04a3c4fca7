namespace Vigil.Tracking.Deleters;

/// <summary>
/// Deletes by the track score (see <see cref="TrackScoreOptions"/>): a tentative track whose score
/// fell to the drop threshold, a confirmed one whose score fell far enough below its peak, and any
/// track that has gone too long without a hit.
/// </summary>
public sealed class TrackScoreDeleter(TrackScoreOptions options, TimeSpan maxCoast) : IDeleter
{
    private readonly double _drop = options.DropThreshold;

    /// <inheritdoc />
    public bool ShouldDelete(Track track, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(track);
        bool lost = track.Status == TrackStatus.Confirmed
            ? track.PeakScore - track.Score >= options.DeletionDrop
            : track.Score <= _drop;
        return lost || now - track.LastHitAt > maxCoast;
    }
}
