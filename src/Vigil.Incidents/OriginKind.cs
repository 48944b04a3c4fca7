namespace Vigil.Incidents;

/// <summary>Where a piece of evidence came from.</summary>
public enum OriginKind
{
    /// <summary>Captured from a web address.</summary>
    Url,

    /// <summary>Taken from a device: a camera, a phone, a sensor, a storage medium.</summary>
    Device,
}
