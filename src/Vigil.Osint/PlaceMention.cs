namespace Vigil.Osint;

/// <summary>A place name found in a text.</summary>
/// <param name="Place">The place it names.</param>
/// <param name="Start">Index of the first character of the mention in the text.</param>
/// <param name="Length">Length of the mention in characters.</param>
/// <param name="Preposition">The nearest preposition among the three words before the mention, lower case ("in", "from", "over"…), or empty.</param>
public sealed record PlaceMention(GazetteerPlace Place, int Start, int Length, string Preposition);
