namespace Vigil.Incidents;

/// <summary>
/// A piece of evidence linked to an incident record: its content hash (the evidence store keeps the
/// bytes and the chain of custody under it), what it is, and who linked it, when, for which party.
/// Because the record's every version is logged, the log commits to the hash.
/// </summary>
/// <param name="Id">The SHA-256 of the bytes, computed when they were collected.</param>
/// <param name="MediaType">The media type, e.g. <c>image/jpeg</c>.</param>
/// <param name="Name">The file name it was given, when one was; null otherwise.</param>
/// <param name="Party">The party it was submitted for (ISO 3166-1 alpha-2); null for the facilitator's own.</param>
/// <param name="By">Who submitted it.</param>
/// <param name="At">When it was linked.</param>
public sealed record EvidenceRef(EvidenceId Id, string MediaType, string? Name, string? Party, string By, DateTimeOffset At);
