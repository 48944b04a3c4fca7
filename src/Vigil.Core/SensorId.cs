namespace Vigil.Core;

/// <summary>Identifies a sensor (for example a radar site) by the name its configuration gives it.</summary>
public readonly record struct SensorId
{
    /// <summary>Creates an id from a non-empty name.</summary>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public SensorId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The sensor's name.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
