namespace Vigil.Sensors.Sapient;

/// <summary>What reading one frame produced.</summary>
public enum SapientFrameStatus
{
    /// <summary>A frame holding a SapientMessage (not yet validated).</summary>
    Message = 1,

    /// <summary>A well-framed payload that is not a SapientMessage; the next frame can still be read.</summary>
    Malformed = 2,

    /// <summary>The framing itself is lost (oversized length, stream ends inside a frame); nothing more can be read.</summary>
    Broken = 3,

    /// <summary>The stream ended cleanly between frames.</summary>
    End = 4,
}
