namespace Vigil.Server.Records;

/// <summary>What became of a change to an incident record.</summary>
public enum ChangeOutcome
{
    /// <summary>The next version was saved and logged.</summary>
    Saved,

    /// <summary>There is no such record; nothing changed.</summary>
    NotFound,

    /// <summary>The record is not at the version the change was made against; nothing changed.</summary>
    Stale,

    /// <summary>The record already holds the change (the same evidence, linked by the same key holder); nothing changed.</summary>
    Unchanged,
}
