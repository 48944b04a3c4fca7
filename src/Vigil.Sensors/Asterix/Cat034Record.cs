namespace Vigil.Sensors.Asterix;

/// <summary>
/// One CAT034 Monoradar Service Message (EUROCONTROL-SPEC-0149-2b ASTERIX Category 034, edition 1.29):
/// North Marker, Sector Crossing and the other service messages of a radar. A null property is an absent
/// item. Values are scaled to the specification's units; <see cref="AsterixEncoder"/> rounds them to the
/// nearest LSB when it writes them.
/// </summary>
public sealed record Cat034Record
{
    /// <summary>I010 Data Source Identifier.</summary>
    public AsterixDataSource? DataSource { get; init; }

    /// <summary>I000 Message Type.</summary>
    public Cat034MessageType? MessageType { get; init; }

    /// <summary>I030 Time of Day: seconds since midnight UTC, LSB 1/128 s.</summary>
    public double? TimeOfDay { get; init; }

    /// <summary>I020 Sector Number: the sector's azimuth in degrees, LSB 360/2^8.</summary>
    public double? SectorAzimuth { get; init; }

    /// <summary>I041 Antenna Rotation Period in seconds, LSB 1/128 s.</summary>
    public double? AntennaRotationPeriod { get; init; }

    /// <summary>I050 System Configuration and Status.</summary>
    public Cat034SystemConfiguration? SystemConfiguration { get; init; }

    /// <summary>I060 System Processing Mode.</summary>
    public Cat034ProcessingMode? ProcessingMode { get; init; }

    /// <summary>I070 Message Count Values.</summary>
    public IReadOnlyList<Cat034MessageCount>? MessageCounts { get; init; }

    /// <summary>I100 Generic Polar Window.</summary>
    public Cat034PolarWindow? PolarWindow { get; init; }

    /// <summary>I110 Data Filter: TYP (0 invalid, 1 weather, 2 jamming strobe, 3 PSR, 4 SSR/Mode S, 5 SSR/Mode S+PSR, 6 enhanced surveillance, 7 PSR+ES, 8 PSR+ES+SSR/Mode S not in area of prime interest, 9 PSR+ES+all SSR/Mode S).</summary>
    public byte? DataFilter { get; init; }

    /// <summary>I120 3D-Position of Data Source.</summary>
    public Cat034SourcePosition? SourcePosition { get; init; }

    /// <summary>I090 Collimation Error.</summary>
    public Cat034CollimationError? CollimationError { get; init; }

    /// <summary>RE Reserved Expansion field content, without its length octet.</summary>
    public ReadOnlyMemory<byte>? ReservedExpansion { get; init; }

    /// <summary>SP Special Purpose field content, without its length octet.</summary>
    public ReadOnlyMemory<byte>? SpecialPurpose { get; init; }
}
