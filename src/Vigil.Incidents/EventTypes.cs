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

    /// <summary>Reads a sub-event type's name as <see cref="SubTypeName"/> writes it (any case).</summary>
    public static bool TryParseSubType(string? name, out EventSubType subType)
    {
        foreach (EventSubType t in Enum.GetValues<EventSubType>())
        {
            if (string.Equals(SubTypeName(t), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                subType = t;
                return true;
            }
        }

        subType = default;
        return false;
    }
}
