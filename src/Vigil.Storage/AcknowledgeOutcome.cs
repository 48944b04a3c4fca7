namespace Vigil.Storage;

/// <summary>What became of a request to acknowledge a notification.</summary>
public enum AcknowledgeOutcome
{
    /// <summary>It is now acknowledged.</summary>
    Acknowledged,

    /// <summary>It had been acknowledged before; nothing changed.</summary>
    AlreadyAcknowledged,

    /// <summary>There is no such notification.</summary>
    NotFound,
}
