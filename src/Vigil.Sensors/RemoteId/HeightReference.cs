namespace Vigil.Sensors.RemoteId;

/// <summary>What the height of a Location message is measured from (one bit).</summary>
public enum HeightReference : byte
{
    /// <summary>Height above the take-off location.</summary>
    AboveTakeoff = 0,

    /// <summary>Height above ground level.</summary>
    AboveGround = 1,
}
