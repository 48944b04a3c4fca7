namespace Vigil.Incidents;

/// <summary>The ACLED names of <see cref="EventSubType"/> values, as written in JSON.</summary>
public static class EventTypes
{
    /// <summary>The ACLED event type ("Battles", "Explosions/Remote violence", "Strategic developments").</summary>
    public static string TypeName(EventSubType subType) => subType switch
    {
        EventSubType.ArmedClash => "Battles",
        EventSubType.AirDroneStrike or EventSubType.ShellingArtilleryMissileAttack => "Explosions/Remote violence",
        EventSubType.DisruptedWeaponsUse or EventSubType.DroneIncursion => "Strategic developments",
        _ => throw new ArgumentOutOfRangeException(nameof(subType), subType, "Not an event sub-type."),
    };

    /// <summary>The sub-event type's name ("Armed clash", "Air/drone strike", "Drone incursion"…).</summary>
    public static string SubTypeName(EventSubType subType) => subType switch
    {
        EventSubType.ArmedClash => "Armed clash",
        EventSubType.AirDroneStrike => "Air/drone strike",
        EventSubType.ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
        EventSubType.DisruptedWeaponsUse => "Disrupted weapons use",
        EventSubType.DroneIncursion => "Drone incursion",
        _ => throw new ArgumentOutOfRangeException(nameof(subType), subType, "Not an event sub-type."),
    };

    /// <summary>The name that <see cref="DatePrecision"/> is written as: "day", "week", "month" or "unknown".</summary>
    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        _ => "unknown",
    };

    /// <summary>The name that <see cref="Stance"/> is written as: "asserts", "denies", "confirms" or "retracts".</summary>
    public static string StanceName(Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.Denies => "denies",
        Stance.Confirms => "confirms",
        Stance.Retracts => "retracts",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "Not a stance."),
    };
}
