namespace Vigil.Sensors.Asterix;

/// <summary>What became of a CAT048 record offered to <see cref="Cat048DetectionConverter"/>.</summary>
public enum Cat048Conversion
{
    /// <summary>It became a detection.</summary>
    Converted,

    /// <summary>It has no I010, so its radar is unknown.</summary>
    NoDataSource,

    /// <summary>Its SAC/SIC is not a configured radar site.</summary>
    UnknownSource,

    /// <summary>It has no I140 time of day.</summary>
    NoTimeOfDay,

    /// <summary>It has no I040 measured position (for example a track-only report).</summary>
    NoPosition,

    /// <summary>Its range is zero, which is no measurement.</summary>
    ZeroRange,

    /// <summary>Its time of day resolves to after the moment it was received (a clock fault).</summary>
    MeasuredAfterReceived,
}
