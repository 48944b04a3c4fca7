namespace Vigil.Geo;

/// <summary>Administrative level of an area.</summary>
public enum AdminLevel
{
    /// <summary>First level: province, region, oblast.</summary>
    Province = 1,

    /// <summary>Second level: district, agency, county.</summary>
    District = 2,
}
