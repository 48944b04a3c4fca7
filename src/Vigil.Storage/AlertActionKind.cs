namespace Vigil.Storage;

/// <summary>What an entry of an alert's action record is.</summary>
public enum AlertActionKind
{
    /// <summary>An operator acknowledged the alert (at most one per alert).</summary>
    Acknowledgement = 0,

    /// <summary>An operator recorded a response.</summary>
    Response = 1,
}
