namespace Vigil.Sensors.RemoteId;

/// <summary>The EU operating category of a System message (EN 4709-002; 4 bits, 4 to 15 reserved).</summary>
public enum EuCategory : byte
{
    /// <summary>Not declared.</summary>
    Undeclared = 0,

    /// <summary>Open category.</summary>
    Open = 1,

    /// <summary>Specific category.</summary>
    Specific = 2,

    /// <summary>Certified category.</summary>
    Certified = 3,
}
