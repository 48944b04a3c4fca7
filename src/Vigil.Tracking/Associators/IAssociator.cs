namespace Vigil.Tracking.Associators;

/// <summary>Decides which measurement, if any, each track takes.</summary>
public interface IAssociator
{
    /// <summary>
    /// Given the cost of each (track, measurement) pair (row-major, +∞ outside the gate) and each
    /// track's cost of taking none, writes each track's measurement index or −1.
    /// </summary>
    void Associate(ReadOnlySpan<double> pairCost, ReadOnlySpan<double> missCost, int tracks, int measurements, Span<int> assignment);
}
