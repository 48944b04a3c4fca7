namespace Vigil.Tracking;

/// <summary>A track's stage in its life.</summary>
public enum TrackStatus
{
    /// <summary>Started from a measurement, not yet confirmed (M of N hits).</summary>
    Tentative = 0,

    /// <summary>Confirmed: a real object, reported in the picture.</summary>
    Confirmed = 1,

    /// <summary>Deleted after too many misses; no further updates.</summary>
    Deleted = 2,
}
