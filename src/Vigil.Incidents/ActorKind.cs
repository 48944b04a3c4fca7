namespace Vigil.Incidents;

/// <summary>What kind of actor takes part in an incident; the values are ACLED's "inter" codes (ACLED Codebook, "Actor Names, Types and 'Inter' Codes").</summary>
public enum ActorKind
{
    /// <summary>Military, police, border guards of a state (or of the de facto authorities).</summary>
    StateForces = 1,

    /// <summary>An armed group seeking to overthrow a government (e.g. TTP, ISKP).</summary>
    RebelGroup = 2,

    /// <summary>An armed group serving a political elite; also unidentified armed groups.</summary>
    PoliticalMilitia = 3,

    /// <summary>An armed group organised around a shared identity (tribe, ethnicity, community).</summary>
    IdentityMilitia = 4,

    /// <summary>Violent demonstrators.</summary>
    Rioters = 5,

    /// <summary>Peaceful demonstrators.</summary>
    Protesters = 6,

    /// <summary>Unarmed people, e.g. workers or residents who were attacked.</summary>
    Civilians = 7,

    /// <summary>External or other forces: foreign contractors' guards, international missions, private security, criminal networks.</summary>
    External = 8,
}
