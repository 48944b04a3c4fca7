namespace Vigil.Sensors.Asterix;

/// <summary>Item values of CAT034 records (EUROCONTROL-SPEC-0149-2b CAT034 v1.29 §5.2).</summary>
public enum Cat034MessageType : byte
{
    /// <summary>North Marker message.</summary>
    NorthMarker = 1,

    /// <summary>Sector crossing message.</summary>
    SectorCrossing = 2,

    /// <summary>Geographical filtering message.</summary>
    GeographicalFiltering = 3,

    /// <summary>Jamming strobe message.</summary>
    JammingStrobe = 4,

    /// <summary>Solar storm message.</summary>
    SolarStorm = 5,

    /// <summary>SSR jamming strobe message.</summary>
    SsrJammingStrobe = 6,

    /// <summary>Mode S jamming strobe message.</summary>
    ModeSJammingStrobe = 7,
}

/// <summary>
/// CAT034 I050 System Configuration and Status (§5.2.8), compound: each subfield as transmitted, null when
/// absent. COM: NOGO (8), RDPC (7), RDPR (6), OVL RDP (5), OVL XMT (4), MSC (3), TSV (2). PSR and SSR:
/// ANT (8), CH-A/B (7-6), OVL (5), MSC (4). MDS (16 bits): ANT (16), CH-A/B (15-14), OVL SUR (13), MSC (12),
/// SCF (11), DLF (10), OVL SCF (9), OVL DLF (8).
/// </summary>
/// <param name="Com">Common part.</param>
/// <param name="Psr">Specific status for the PSR sensor.</param>
/// <param name="Ssr">Specific status for the SSR sensor.</param>
/// <param name="Mds">Specific status for the Mode S sensor.</param>
public sealed record Cat034SystemConfiguration(byte? Com = null, byte? Psr = null, byte? Ssr = null, ushort? Mds = null);

/// <summary>
/// CAT034 I060 System Processing Mode (§5.2.9), compound: each subfield as transmitted, null when absent.
/// COM: RED-RDP (7-5), RED-XMT (4-2). PSR: POL (8), RED-RAD (7-5), STC (4-3). SSR: RED-RAD (8-6).
/// MDS: RED-RAD (8-6), CLU (5).
/// </summary>
/// <param name="Com">Common part.</param>
/// <param name="Psr">Specific processing mode of the PSR sensor.</param>
/// <param name="Ssr">Specific processing mode of the SSR sensor.</param>
/// <param name="Mds">Specific processing mode of the Mode S sensor.</param>
public sealed record Cat034ProcessingMode(byte? Com = null, byte? Psr = null, byte? Ssr = null, byte? Mds = null);

/// <summary>One counter of CAT034 I070 Message Count Values (§5.2.10).</summary>
/// <param name="Type">TYP, what is counted (5 bits: 1 single PSR target reports, 2 single SSR, 3 SSR+PSR, ...).</param>
/// <param name="Count">COUNTER, 11 bits.</param>
public readonly record struct Cat034MessageCount(byte Type, ushort Count);

/// <summary>CAT034 I100 Generic Polar Window (§5.2.11): RHO in NM (LSB 1/256 NM), THETA in degrees (LSB 360/2^16).</summary>
/// <param name="RhoStart">RHO-ST, NM.</param>
/// <param name="RhoEnd">RHO-END, NM.</param>
/// <param name="ThetaStart">THETA-ST, degrees.</param>
/// <param name="ThetaEnd">THETA-END, degrees.</param>
public readonly record struct Cat034PolarWindow(double RhoStart, double RhoEnd, double ThetaStart, double ThetaEnd);

/// <summary>CAT034 I120 3D-Position of Data Source (§5.2.13): height in metres (LSB 1 m), WGS-84 latitude and longitude (LSB 180/2^23 degrees).</summary>
/// <param name="HeightM">Height above the WGS-84 ellipsoid, metres.</param>
/// <param name="Latitude">Degrees, positive north.</param>
/// <param name="Longitude">Degrees, positive east.</param>
public readonly record struct Cat034SourcePosition(double HeightM, double Latitude, double Longitude);

/// <summary>CAT034 I090 Collimation Error (§5.2.14): range error in NM (LSB 1/128 NM), azimuth error in degrees (LSB 360/2^14).</summary>
/// <param name="RangeError">NM, signed.</param>
/// <param name="AzimuthError">Degrees, signed.</param>
public readonly record struct Cat034CollimationError(double RangeError, double AzimuthError);
