namespace Vigil.Storage;

/// <summary>Identifies one pipeline run stored in the database; ids are positive and increase.</summary>
/// <param name="Value">The run's row id.</param>
public readonly record struct RunId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
