namespace Vigil.Sensors.Sapient;

/// <summary>One rule a SAPIENT message breaks.</summary>
/// <param name="Path">
/// Where, as proto field names from the top-level message, with list indices:
/// e.g. <c>detection_report.location.x</c> or <c>registration.mode_definition[0].task</c>.
/// </param>
/// <param name="Kind">Which kind of rule.</param>
/// <param name="Reason">What is wrong, in words, e.g. "missing" or "not a valid ULID".</param>
public readonly record struct SapientProblem(string Path, SapientProblemKind Kind, string Reason)
{
    /// <summary>"path: reason".</summary>
    public override string ToString() => $"{Path}: {Reason}";
}
