namespace Vigil.Incidents;

/// <summary>
/// A part identified in recovered materiel, with what is written on it and where it came from.
/// Lists compare by reference; compare their items to compare two components.
/// </summary>
public sealed record Component
{
    /// <summary>The maker as marked or identified.</summary>
    public required string Make { get; init; }

    /// <summary>The model as marked or identified.</summary>
    public required string Model { get; init; }

    /// <summary>The serial number, when legible.</summary>
    public string? Serial { get; init; }

    /// <summary>Other markings, transcribed (labels, date codes, lot numbers); empty when none.</summary>
    public string Markings { get; init; } = string.Empty;

    /// <summary>What the part does.</summary>
    public required DualUseCategory Category { get; init; }

    /// <summary>Photographs of the part, as evidence ids.</summary>
    public IReadOnlyList<EvidenceId> Photos { get; init; } = [];

    /// <summary>The part's supply chain as far as it has been traced, earliest hand-over first.</summary>
    public IReadOnlyList<TraceStep> Trace { get; init; } = [];
}
