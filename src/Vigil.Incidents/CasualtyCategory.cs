namespace Vigil.Incidents;

/// <summary>Who was killed or injured, as a report or claim gives it.</summary>
public enum CasualtyCategory
{
    /// <summary>Civilians taking no part in hostilities.</summary>
    Civilians,

    /// <summary>Border guards, soldiers, police.</summary>
    SecurityForces,

    /// <summary>Members of armed groups.</summary>
    Militants,

    /// <summary>Killed or injured, but the report does not say who they were.</summary>
    Unknown,
}
