namespace Vigil.Incidents;

/// <summary>
/// The grade a person gave an incident, kept beside the grade Vigil suggested so that every
/// departure from the rules is visible and explained.
/// </summary>
public sealed record GradeDecision
{
    /// <summary>Records a decision.</summary>
    /// <exception cref="ArgumentException"><paramref name="by"/> or <paramref name="reason"/> is empty.</exception>
    public GradeDecision(Grade grade, string by, DateTimeOffset at, string reason, GradeSuggestion suggested)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(suggested.Rationale, nameof(suggested));
        Grade = grade;
        By = by;
        At = at;
        Reason = reason;
        Suggested = suggested;
    }

    /// <summary>The grade decided.</summary>
    public Grade Grade { get; }

    /// <summary>Who decided: the investigator or facilitator, as identified to Vigil.</summary>
    public string By { get; }

    /// <summary>When the decision was made.</summary>
    public DateTimeOffset At { get; }

    /// <summary>Why, in the decider's words.</summary>
    public string Reason { get; }

    /// <summary>What <see cref="GradeSuggester"/> proposed from the facts at the time.</summary>
    public GradeSuggestion Suggested { get; }

    /// <summary>Whether the person departed from the suggestion.</summary>
    public bool OverridesSuggestion => Grade != Suggested.Grade;
}
