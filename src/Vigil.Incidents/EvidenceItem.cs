namespace Vigil.Incidents;

/// <summary>What was recorded when a piece of evidence was collected. The bytes themselves are kept by the evidence store.</summary>
public sealed record EvidenceItem
{
    /// <summary>The SHA-256 of the bytes, computed at collection.</summary>
    public required EvidenceId Id { get; init; }

    /// <summary>Who collected it, as identified to Vigil.</summary>
    public required string CollectedBy { get; init; }

    /// <summary>When it was collected.</summary>
    public required DateTimeOffset CollectedAt { get; init; }

    /// <summary>Where it was collected from.</summary>
    public required EvidenceOrigin Origin { get; init; }

    /// <summary>The media type, e.g. <c>image/jpeg</c>, <c>text/html</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>The size of the bytes.</summary>
    public required long SizeBytes { get; init; }
}
