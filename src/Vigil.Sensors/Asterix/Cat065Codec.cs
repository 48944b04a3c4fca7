using static Vigil.Sensors.Asterix.AsterixItemSpec;

namespace Vigil.Sensors.Asterix;

/// <summary>CAT065 UAP and item reading (EUROCONTROL-SPEC-0149-15 CAT065 v1.5 §4.3, §5.2).</summary>
internal static class Cat065Codec
{
    public static readonly AsterixItemSpec[] Uap =
    [
        F("I065/010", 2), F("I065/000", 1), F("I065/015", 1), F("I065/030", 3), F("I065/020", 1), F("I065/040", 1), F("I065/050", 1),
        SpareFrn, SpareFrn, SpareFrn, SpareFrn, SpareFrn, E("I065/RE"), E("I065/SP"),
    ];

    public static Cat065Record Read(ReadOnlySpan<byte> record, AsterixRawItem?[] items)
    {
        return new Cat065Record
        {
            DataSource = items[0] is null ? null : new AsterixDataSource(Bytes(record, items, 1)[0], Bytes(record, items, 1)[1]),
            MessageType = items[1] is null ? null : Bytes(record, items, 2)[0],
            ServiceId = items[2] is null ? null : Bytes(record, items, 3)[0],
            TimeOfMessage = items[3] is null ? null : AsterixBits.U24(Bytes(record, items, 4), 0) / 128.0,
            BatchNumber = items[4] is null ? null : Bytes(record, items, 5)[0],
            SdpsStatus = items[5] is null ? null : Bytes(record, items, 6)[0],
            ServiceStatusReport = items[6] is null ? null : Bytes(record, items, 7)[0],
            ReservedExpansion = items[12] is null ? null : Bytes(record, items, 13)[1..].ToArray(),
            SpecialPurpose = items[13] is null ? null : Bytes(record, items, 14)[1..].ToArray(),
        };
    }

    /// <summary>The bytes of item FRN, or empty when absent.</summary>
    internal static ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> record, AsterixRawItem?[] items, int frn) =>
        items[frn - 1] is { } i ? record.Slice(i.Offset, i.Length) : default;
}
