namespace Vigil.Incidents;

/// <summary>How precisely a named place locates an event, from most to least precise (UCDP-style).</summary>
public enum PlacePrecision
{
    /// <summary>A town, village or border crossing: a point.</summary>
    Point = 1,

    /// <summary>A district (admin-2): the point is a label point inside it.</summary>
    District = 2,

    /// <summary>A province (admin-1): the point is a label point inside it.</summary>
    Province = 3,

    /// <summary>Only the country is known: no point.</summary>
    Country = 4,
}
