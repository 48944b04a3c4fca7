namespace Vigil.Incidents;

/// <summary>The stored bytes of a piece of evidence no longer hash to the id they were collected under.</summary>
public sealed class EvidenceTamperedException : IOException
{
    /// <summary>Creates the exception for <paramref name="evidence"/> whose bytes now hash to <paramref name="actual"/>.</summary>
    public EvidenceTamperedException(EvidenceId evidence, EvidenceId actual)
        : base($"Evidence {evidence} was altered after collection: its stored bytes hash to {actual}, want {evidence}.")
    {
        Evidence = evidence;
        Actual = actual;
    }

    /// <summary>The evidence, named by the hash computed at collection.</summary>
    public EvidenceId Evidence { get; }

    /// <summary>The hash of the bytes as stored now.</summary>
    public EvidenceId Actual { get; }
}
