namespace Vigil.Sensors.Asterix;

/// <summary>
/// One CAT062 SDPS System Track (EUROCONTROL-SPEC-0149-9 ASTERIX Category 062, edition 1.19/1.20). The
/// record keeps its bytes and where each item and compound subfield sits; the properties read the common
/// items scaled to the specification's units, and <see cref="Field"/> reads any field of any item by its
/// short name. A null value is an absent item (or subfield).
/// </summary>
public sealed class Cat062Record
{
    private readonly byte[] _bytes;
    private readonly AsterixRawItem?[] _items;

    internal Cat062Record(byte[] bytes, AsterixRawItem?[] items)
    {
        _bytes = bytes;
        _items = items;
    }

    /// <summary>The record's bytes, FSPEC first.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>The items by FRN (index 0 is FRN 1), null where absent.</summary>
    public IReadOnlyList<AsterixRawItem?> Items => _items;

    /// <summary>The item with the given name (e.g. "I062/105"), or null when absent.</summary>
    public AsterixRawItem? Item(string id)
    {
        foreach (AsterixRawItem? item in _items)
        {
            if (item is not null && item.Id == id)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The bytes of an item or subfield of this record.</summary>
    public ReadOnlySpan<byte> ItemBytes(AsterixRawItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _bytes.AsSpan(item.Offset, item.Length);
    }

    /// <summary>
    /// A field's value, scaled to the specification's units: <paramref name="item"/> is an item ("I062/105")
    /// or a compound subfield ("I062/380/ADR"), <paramref name="field"/> its short name ("Lat", "ADR").
    /// Null when the item is absent or has no such field.
    /// </summary>
    public double? Field(string item, string field)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Cat062Layout.Fields.TryGetValue(item, out AsterixField[]? fields) || Locate(item) is not { } raw)
        {
            return null;
        }

        ReadOnlySpan<byte> bytes = ItemBytes(raw);
        foreach (AsterixField f in fields)
        {
            if (f.Name == field && f.IsIn(bytes))
            {
                return f.Value(bytes);
            }
        }

        return null;
    }

    internal AsterixRawItem? Locate(string path)
    {
        int slash = path.IndexOf('/', 5);
        if (slash < 0)
        {
            return Item(path);
        }

        string sub = path[(slash + 1)..];
        if (Item(path[..slash])?.Subfields is not { } subfields)
        {
            return null;
        }

        foreach (AsterixRawItem? s in subfields)
        {
            if (s is not null && s.Id == sub)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>I010 Data Source Identifier.</summary>
    public AsterixDataSource? DataSource => Field("I062/010", "SAC") is { } sac ? new((byte)sac, (byte)Field("I062/010", "SIC")!.Value) : null;

    /// <summary>I015 Service Identification.</summary>
    public int? ServiceId => (int?)Field("I062/015", "SID");

    /// <summary>I070 Time of Track Information: seconds since midnight UTC (LSB 1/128 s).</summary>
    public double? TimeOfTrack => Field("I062/070", "ToT");

    /// <summary>I105 WGS-84 latitude in degrees (LSB 180/2^25).</summary>
    public double? Latitude => Field("I062/105", "Lat");

    /// <summary>I105 WGS-84 longitude in degrees (LSB 180/2^25).</summary>
    public double? Longitude => Field("I062/105", "Lon");

    /// <summary>I100 Cartesian X in metres (LSB 0.5 m).</summary>
    public double? X => Field("I062/100", "X");

    /// <summary>I100 Cartesian Y in metres (LSB 0.5 m).</summary>
    public double? Y => Field("I062/100", "Y");

    /// <summary>I185 velocity X component in m/s (LSB 0.25 m/s).</summary>
    public double? Vx => Field("I062/185", "Vx");

    /// <summary>I185 velocity Y component in m/s (LSB 0.25 m/s).</summary>
    public double? Vy => Field("I062/185", "Vy");

    /// <summary>I040 Track Number.</summary>
    public int? TrackNumber => (int?)Field("I062/040", "TrkN");

    /// <summary>I060 Track Mode 3/A code, 12 bits (print as four octal digits).</summary>
    public int? Mode3A => (int?)Field("I062/060", "Mode3A");

    /// <summary>I136 Measured Flight Level in FL (LSB 1/4 FL).</summary>
    public double? MeasuredFlightLevel => Field("I062/136", "MFL");

    /// <summary>I130 Calculated Track Geometric Altitude in feet (LSB 6.25 ft).</summary>
    public double? GeometricAltitudeFt => Field("I062/130", "Alt");

    /// <summary>I135 Calculated Track Barometric Altitude in FL (LSB 1/4 FL).</summary>
    public double? BarometricAltitude => Field("I062/135", "CTBA");

    /// <summary>I220 Calculated Rate of Climb/Descent in ft/min (LSB 6.25 ft/min).</summary>
    public double? RateOfClimbFtPerMin => Field("I062/220", "RoC");

    /// <summary>I380 subfield ADR: the 24-bit aircraft address.</summary>
    public uint? AircraftAddress => (uint?)Field("I062/380/ADR", "ADR");

    /// <summary>I380 subfield ID: the aircraft identification downlinked by the aircraft.</summary>
    public AsterixCallsign? Callsign => Locate("I062/380/ID") is { } id ? new AsterixCallsign(AsterixBits.UBig(ItemBytes(id), 0, 6)) : null;

    /// <summary>I245 Target Identification (characters), when sent.</summary>
    public AsterixCallsign? TargetIdentification => Item("I062/245") is { } id ? new AsterixCallsign(AsterixBits.UBig(ItemBytes(id), 1, 6)) : null;
}
