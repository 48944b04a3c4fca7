namespace Vigil.Incidents;

/// <summary>Who was killed, as a claim reports it.</summary>
public enum FatalityCategory
{
    /// <summary>Civilians taking no part in hostilities.</summary>
    Civilians,

    /// <summary>Border guards, soldiers, police.</summary>
    SecurityForces,

    /// <summary>Members of armed groups.</summary>
    Militants,

    /// <summary>Killed, but the report does not say who they were.</summary>
    Unknown,
}
