namespace Vigil.Sensors.Asterix;

/// <summary>
/// One CAT065 SDPS Service Status Message (EUROCONTROL-SPEC-0149-15 ASTERIX Category 065, edition 1.5).
/// A null property is an absent item.
/// </summary>
public sealed record Cat065Record
{
    /// <summary>I010 Data Source Identifier.</summary>
    public AsterixDataSource? DataSource { get; init; }

    /// <summary>I000 Message Type: 1 SDPS status, 2 end of batch, 3 service status report.</summary>
    public byte? MessageType { get; init; }

    /// <summary>I015 Service Identification.</summary>
    public byte? ServiceId { get; init; }

    /// <summary>I030 Time of Message: seconds since midnight UTC, LSB 1/128 s.</summary>
    public double? TimeOfMessage { get; init; }

    /// <summary>I020 Batch Number.</summary>
    public byte? BatchNumber { get; init; }

    /// <summary>I040 SDPS Configuration and Status as transmitted: NOGO (8-7), OVL (6), TSV (5), PSS (4-3), STTN (2).</summary>
    public byte? SdpsStatus { get; init; }

    /// <summary>I050 Service Status Report: REPORT code (1 service degradation, 2 end of degradation, 3 overload, ...).</summary>
    public byte? ServiceStatusReport { get; init; }

    /// <summary>RE Reserved Expansion field content, without its length octet.</summary>
    public ReadOnlyMemory<byte>? ReservedExpansion { get; init; }

    /// <summary>SP Special Purpose field content, without its length octet.</summary>
    public ReadOnlyMemory<byte>? SpecialPurpose { get; init; }
}
