namespace Vigil.Sensors.Asterix;

/// <summary>
/// The data items of a CAT048 record, one flag per Field Reference Number of the standard UAP
/// (EUROCONTROL-SPEC-0149-4 CAT048 v1.31 §4.3, table 1): flag value = 1 &lt;&lt; (FRN - 1).
/// </summary>
[Flags]
public enum Cat048Items : uint
{
    /// <summary>No item.</summary>
    None = 0,

    /// <summary>FRN 1, Data Source Identifier.</summary>
    I010 = 1u << 0,

    /// <summary>FRN 2, Time of Day.</summary>
    I140 = 1u << 1,

    /// <summary>FRN 3, Target Report Descriptor.</summary>
    I020 = 1u << 2,

    /// <summary>FRN 4, Measured Position in Polar Co-ordinates.</summary>
    I040 = 1u << 3,

    /// <summary>FRN 5, Mode-3/A Code in Octal Representation.</summary>
    I070 = 1u << 4,

    /// <summary>FRN 6, Flight Level in Binary Representation.</summary>
    I090 = 1u << 5,

    /// <summary>FRN 7, Radar Plot Characteristics.</summary>
    I130 = 1u << 6,

    /// <summary>FRN 8, Aircraft Address.</summary>
    I220 = 1u << 7,

    /// <summary>FRN 9, Aircraft Identification.</summary>
    I240 = 1u << 8,

    /// <summary>FRN 10, BDS Register Data.</summary>
    I250 = 1u << 9,

    /// <summary>FRN 11, Track Number.</summary>
    I161 = 1u << 10,

    /// <summary>FRN 12, Calculated Position in Cartesian Co-ordinates.</summary>
    I042 = 1u << 11,

    /// <summary>FRN 13, Calculated Track Velocity in Polar Co-ordinates.</summary>
    I200 = 1u << 12,

    /// <summary>FRN 14, Track Status.</summary>
    I170 = 1u << 13,

    /// <summary>FRN 15, Track Quality.</summary>
    I210 = 1u << 14,

    /// <summary>FRN 16, Warning/Error Conditions and Target Classification.</summary>
    I030 = 1u << 15,

    /// <summary>FRN 17, Mode-3/A Code Confidence Indicator.</summary>
    I080 = 1u << 16,

    /// <summary>FRN 18, Mode-C Code and Code Confidence Indicator.</summary>
    I100 = 1u << 17,

    /// <summary>FRN 19, Height Measured by a 3D Radar.</summary>
    I110 = 1u << 18,

    /// <summary>FRN 20, Radial Doppler Speed.</summary>
    I120 = 1u << 19,

    /// <summary>FRN 21, Communications/ACAS Capability and Flight Status.</summary>
    I230 = 1u << 20,

    /// <summary>FRN 22, ACAS Resolution Advisory Report.</summary>
    I260 = 1u << 21,

    /// <summary>FRN 23, Mode-1 Code in Octal Representation.</summary>
    I055 = 1u << 22,

    /// <summary>FRN 24, Mode-2 Code in Octal Representation.</summary>
    I050 = 1u << 23,

    /// <summary>FRN 25, Mode-1 Code Confidence Indicator.</summary>
    I065 = 1u << 24,

    /// <summary>FRN 26, Mode-2 Code Confidence Indicator.</summary>
    I060 = 1u << 25,

    /// <summary>FRN 27, Special Purpose Field.</summary>
    SP = 1u << 26,

    /// <summary>FRN 28, Reserved Expansion Field.</summary>
    RE = 1u << 27,
}
