namespace Vigil.Sensors.RemoteId;

/// <summary>The EU UA class of a System message (EN 4709-002; 4 bits, 8 to 15 reserved).</summary>
public enum EuClass : byte
{
    /// <summary>Not declared.</summary>
    Undeclared = 0,

    /// <summary>Class C0.</summary>
    Class0 = 1,

    /// <summary>Class C1.</summary>
    Class1 = 2,

    /// <summary>Class C2.</summary>
    Class2 = 3,

    /// <summary>Class C3.</summary>
    Class3 = 4,

    /// <summary>Class C4.</summary>
    Class4 = 5,

    /// <summary>Class C5.</summary>
    Class5 = 6,

    /// <summary>Class C6.</summary>
    Class6 = 7,
}
