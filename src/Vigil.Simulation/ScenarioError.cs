namespace Vigil.Simulation;

/// <summary>One problem in a scenario file, with where it is.</summary>
/// <param name="File">The file's name as given.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Field">The field's path, e.g. <c>sensors[1].maxRangeKm</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary><c>file:line:column: field: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Message}";
}
