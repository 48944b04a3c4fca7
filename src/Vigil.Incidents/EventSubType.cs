namespace Vigil.Incidents;

/// <summary>
/// What happened, as an ACLED sub-event type, plus Vigil's own <see cref="DroneIncursion"/>. The
/// ACLED event type and the names used in JSON come from <see cref="EventTypes"/>.
/// </summary>
public enum EventSubType
{
    /// <summary>Battles / Armed clash: armed groups exchanging fire.</summary>
    ArmedClash = 1,

    /// <summary>Explosions/Remote violence / Air/drone strike.</summary>
    AirDroneStrike = 2,

    /// <summary>Explosions/Remote violence / Shelling/artillery/missile attack.</summary>
    ShellingArtilleryMissileAttack = 3,

    /// <summary>Strategic developments / Disrupted weapons use: weapons or drones seized, smuggling stopped.</summary>
    DisruptedWeaponsUse = 4,

    /// <summary>Strategic developments / Drone incursion: a drone crossing the border without a strike.</summary>
    DroneIncursion = 5,
}
