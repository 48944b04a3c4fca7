namespace Vigil.Sensors.RemoteId;

/// <summary>Which classification the category and class of a System message follow (3 bits, 2 to 7 reserved).</summary>
public enum ClassificationType : byte
{
    /// <summary>Not declared.</summary>
    Undeclared = 0,

    /// <summary>European Union: <see cref="EuCategory"/> and <see cref="EuClass"/> apply.</summary>
    EuropeanUnion = 1,
}
