namespace Vigil.Sensors.RemoteId;

/// <summary>The kind of description in a Self-ID message (one byte: 3 to 200 reserved, 201 to 255 private).</summary>
public enum SelfIdDescriptionType : byte
{
    /// <summary>Free text describing the purpose of the flight.</summary>
    Text = 0,

    /// <summary>An emergency description.</summary>
    Emergency = 1,

    /// <summary>An extended status description.</summary>
    ExtendedStatus = 2,
}
