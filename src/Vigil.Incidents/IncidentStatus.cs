namespace Vigil.Incidents;

/// <summary>Where an incident record stands in its investigation.</summary>
public enum IncidentStatus
{
    /// <summary>Collecting: sensors, reports and claims may still join it.</summary>
    Open = 1,

    /// <summary>An investigator is weighing the claims and evidence.</summary>
    UnderReview = 2,

    /// <summary>Graded and closed; a later change reopens it.</summary>
    Closed = 3,
}
