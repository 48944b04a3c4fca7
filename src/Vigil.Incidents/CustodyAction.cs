namespace Vigil.Incidents;

/// <summary>What happened to a piece of evidence in one step of its chain of custody.</summary>
public enum CustodyAction
{
    /// <summary>It was collected (the first event of every chain; again each time the same bytes are collected).</summary>
    Collected,

    /// <summary>Someone opened it.</summary>
    Viewed,

    /// <summary>A copy was made, e.g. exported for a party.</summary>
    Copied,

    /// <summary>It was handed to another person or organisation.</summary>
    Transferred,

    /// <summary>It was examined: metadata read, geolocated, compared.</summary>
    Analysed,
}
