namespace Vigil.Tracking.Deleters;

/// <summary>
/// Deletes a tentative track after a few consecutive misses, a confirmed one after more, and any
/// track that has gone too long without a hit (a sensor fell silent, or the target left coverage).
/// </summary>
public sealed class MissCountDeleter(int tentativeMaxMisses, int confirmedMaxMisses, TimeSpan maxCoast) : IDeleter
{
    /// <inheritdoc />
    public bool ShouldDelete(Track track, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(track);
        int limit = track.Status == TrackStatus.Confirmed ? confirmedMaxMisses : tentativeMaxMisses;
        return track.ConsecutiveMisses >= limit || now - track.LastHitAt > maxCoast;
    }
}
