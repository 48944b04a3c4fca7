namespace Vigil.Sensors.Sapient;

/// <summary>What kind of rule a SAPIENT message broke.</summary>
public enum SapientProblemKind
{
    /// <summary>A mandatory field is absent (for enumerations: absent or <c>UNSPECIFIED</c>).</summary>
    Missing = 1,

    /// <summary>A mandatory string is present but empty, or a mandatory list has no elements.</summary>
    Empty = 2,

    /// <summary>A field is present with a value the standard does not allow (bad id, out of range, unknown enumeration value).</summary>
    Invalid = 3,
}
