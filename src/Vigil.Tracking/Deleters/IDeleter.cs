namespace Vigil.Tracking.Deleters;

/// <summary>Decides when a track is gone.</summary>
public interface IDeleter
{
    /// <summary>Whether <paramref name="track"/> should be deleted at <paramref name="now"/>.</summary>
    bool ShouldDelete(Track track, DateTimeOffset now);
}
