namespace Vigil.Osint;

/// <summary>A statement attributed to a party.</summary>
/// <param name="Party">Normalised name of who said it (e.g. "ISPR", "Taliban", "unnamed security source").</param>
/// <param name="Stance">What they say about the event.</param>
/// <param name="Statement">The sentence carrying the statement, as written.</param>
public sealed record Claim(string Party, ClaimStance Stance, string Statement);
