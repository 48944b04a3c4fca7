namespace Vigil.Incidents;

/// <summary>A grade proposed by <see cref="GradeSuggester"/>, with the rule that gave it in words.</summary>
/// <param name="Grade">The suggested grade.</param>
/// <param name="Rationale">Why, in one or two sentences naming the rule and the facts it used.</param>
public readonly record struct GradeSuggestion(Grade Grade, string Rationale);
