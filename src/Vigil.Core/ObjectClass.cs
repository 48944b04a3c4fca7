namespace Vigil.Core;

/// <summary>What kind of object a target or track is.</summary>
public enum ObjectClass
{
    /// <summary>An uncrewed aircraft: quadcopter or small fixed wing.</summary>
    Drone = 0,

    /// <summary>A bird or flock of birds.</summary>
    Bird = 1,

    /// <summary>A crewed aircraft (airliner, helicopter, light aircraft).</summary>
    Aircraft = 2,
}
