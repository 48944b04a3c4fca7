using static Vigil.Sensors.Asterix.AsterixBits;
using static Vigil.Sensors.Asterix.AsterixItemSpec;

namespace Vigil.Sensors.Asterix;

/// <summary>CAT034 UAP, item reading and writing (EUROCONTROL-SPEC-0149-2b CAT034 v1.29 §4.3 UAP, §5.2 items).</summary>
internal static class Cat034Codec
{
    private const double Wgs23 = 180.0 / (1 << 23);

    public static readonly AsterixItemSpec[] Uap =
    [
        F("I034/010", 2), F("I034/000", 1), F("I034/030", 3), F("I034/020", 1), F("I034/041", 2),
        C("I034/050", F("COM", 1), null, null, F("PSR", 1), F("SSR", 1), F("MDS", 2)),
        C("I034/060", F("COM", 1), null, null, F("PSR", 1), F("SSR", 1), F("MDS", 1)),
        R("I034/070", 2), F("I034/100", 8), F("I034/110", 1), F("I034/120", 8), F("I034/090", 2), E("I034/RE"), E("I034/SP"),
    ];

    public static Cat034Record Read(ReadOnlySpan<byte> record, AsterixRawItem?[] items)
    {
        ReadOnlySpan<byte> i010 = Cat065Codec.Bytes(record, items, 1), i030 = Cat065Codec.Bytes(record, items, 3);
        ReadOnlySpan<byte> i041 = Cat065Codec.Bytes(record, items, 5), i100 = Cat065Codec.Bytes(record, items, 9);
        ReadOnlySpan<byte> i120 = Cat065Codec.Bytes(record, items, 11), i090 = Cat065Codec.Bytes(record, items, 12);
        Cat034MessageCount[]? counts = null;
        if (items[7] is not null)
        {
            ReadOnlySpan<byte> i070 = Cat065Codec.Bytes(record, items, 8);
            counts = new Cat034MessageCount[i070[0]];
            for (int i = 0; i < counts.Length; i++)
            {
                uint v = U16(i070, 1 + (2 * i));
                counts[i] = new Cat034MessageCount((byte)(v >> 11), (ushort)(v & 0x7FF));
            }
        }

        return new Cat034Record
        {
            DataSource = items[0] is null ? null : new AsterixDataSource(i010[0], i010[1]),
            MessageType = items[1] is null ? null : (Cat034MessageType)Cat065Codec.Bytes(record, items, 2)[0],
            TimeOfDay = items[2] is null ? null : U24(i030, 0) / 128.0,
            SectorAzimuth = items[3] is null ? null : Cat065Codec.Bytes(record, items, 4)[0] * (360.0 / 256),
            AntennaRotationPeriod = items[4] is null ? null : U16(i041, 0) / 128.0,
            SystemConfiguration = items[5] is { } c050 ? new Cat034SystemConfiguration(
                Sub(record, c050, 1) is { } com ? com[0] : null, Sub(record, c050, 4) is { } psr ? psr[0] : null,
                Sub(record, c050, 5) is { } ssr ? ssr[0] : null, Sub(record, c050, 6) is { } mds ? (ushort)U16(mds, 0) : null) : null,
            ProcessingMode = items[6] is { } c060 ? new Cat034ProcessingMode(
                Sub(record, c060, 1) is { } com6 ? com6[0] : null, Sub(record, c060, 4) is { } psr6 ? psr6[0] : null,
                Sub(record, c060, 5) is { } ssr6 ? ssr6[0] : null, Sub(record, c060, 6) is { } mds6 ? mds6[0] : null) : null,
            MessageCounts = counts,
            PolarWindow = items[8] is null ? null : new Cat034PolarWindow(U16(i100, 0) / 256.0, U16(i100, 2) / 256.0,
                U16(i100, 4) * (360.0 / 65536), U16(i100, 6) * (360.0 / 65536)),
            DataFilter = items[9] is null ? null : Cat065Codec.Bytes(record, items, 10)[0],
            SourcePosition = items[10] is null ? null : new Cat034SourcePosition(Signed(U16(i120, 0), 16),
                Signed(U24(i120, 2), 24) * Wgs23, Signed(U24(i120, 5), 24) * Wgs23),
            CollimationError = items[11] is null ? null : new Cat034CollimationError(S8(i090[0]) / 128.0, S8(i090[1]) * (360.0 / 16384)),
            ReservedExpansion = items[12] is null ? null : Cat065Codec.Bytes(record, items, 13)[1..].ToArray(),
            SpecialPurpose = items[13] is null ? null : Cat065Codec.Bytes(record, items, 14)[1..].ToArray(),
        };
    }

    private static byte[]? Sub(ReadOnlySpan<byte> record, AsterixRawItem item, int number) =>
        item.Subfield(number) is { } s ? record.Slice(s.Offset, s.Length).ToArray() : null;

    /// <summary>Writes one record (FSPEC, then the items present in FRN order).</summary>
    public static void Write(ref AsterixSpanWriter w, Cat034Record r)
    {
        ArgumentNullException.ThrowIfNull(r);
        ulong frns = 0;
        void Mark(bool present, int frn) => frns |= present ? 1UL << (frn - 1) : 0;
        Mark(r.DataSource.HasValue, 1);
        Mark(r.MessageType.HasValue, 2);
        Mark(r.TimeOfDay.HasValue, 3);
        Mark(r.SectorAzimuth.HasValue, 4);
        Mark(r.AntennaRotationPeriod.HasValue, 5);
        Mark(r.SystemConfiguration is not null, 6);
        Mark(r.ProcessingMode is not null, 7);
        Mark(r.MessageCounts is not null, 8);
        Mark(r.PolarWindow.HasValue, 9);
        Mark(r.DataFilter.HasValue, 10);
        Mark(r.SourcePosition.HasValue, 11);
        Mark(r.CollimationError.HasValue, 12);
        Mark(r.ReservedExpansion.HasValue, 13);
        Mark(r.SpecialPurpose.HasValue, 14);
        if (frns == 0)
        {
            throw new ArgumentException("A CAT034 record needs at least one item.", nameof(r));
        }

        w.Fspec(frns);
        if (r.DataSource is { } ds)
        {
            w.Byte(ds.Sac);
            w.Byte(ds.Sic);
        }

        if (r.MessageType is { } type)
        {
            w.Byte((byte)type);
        }

        if (r.TimeOfDay is { } tod)
        {
            w.U24((uint)QuantiseUnsigned(tod, 1.0 / 128, 24));
        }

        if (r.SectorAzimuth is { } sector)
        {
            w.Byte(QuantiseAngle(sector, 8));
        }

        if (r.AntennaRotationPeriod is { } period)
        {
            w.U16((uint)QuantiseUnsigned(period, 1.0 / 128, 16));
        }

        if (r.SystemConfiguration is { } config)
        {
            w.Byte((config.Com.HasValue ? 0x80u : 0) | (config.Psr.HasValue ? 0x10u : 0) | (config.Ssr.HasValue ? 0x08u : 0) | (config.Mds.HasValue ? 0x04u : 0));
            WriteIf(ref w, config.Com);
            WriteIf(ref w, config.Psr);
            WriteIf(ref w, config.Ssr);
            if (config.Mds is { } mds)
            {
                w.U16(mds);
            }
        }

        if (r.ProcessingMode is { } mode)
        {
            w.Byte((mode.Com.HasValue ? 0x80u : 0) | (mode.Psr.HasValue ? 0x10u : 0) | (mode.Ssr.HasValue ? 0x08u : 0) | (mode.Mds.HasValue ? 0x04u : 0));
            WriteIf(ref w, mode.Com);
            WriteIf(ref w, mode.Psr);
            WriteIf(ref w, mode.Ssr);
            WriteIf(ref w, mode.Mds);
        }

        if (r.MessageCounts is { } counts)
        {
            if (counts.Count > 255)
            {
                throw new ArgumentException($"I034/070 holds at most 255 counters, got {counts.Count}.", nameof(r));
            }

            w.Byte((uint)counts.Count);
            foreach (Cat034MessageCount count in counts)
            {
                w.U16(((uint)(count.Type & 0x1F) << 11) | (count.Count & 0x7FFu));
            }
        }

        if (r.PolarWindow is { } window)
        {
            w.U16((uint)QuantiseUnsigned(window.RhoStart, 1.0 / 256, 16));
            w.U16((uint)QuantiseUnsigned(window.RhoEnd, 1.0 / 256, 16));
            w.U16(QuantiseAngle(window.ThetaStart, 16));
            w.U16(QuantiseAngle(window.ThetaEnd, 16));
        }

        if (r.DataFilter is { } filter)
        {
            w.Byte(filter);
        }

        if (r.SourcePosition is { } position)
        {
            w.U16(Field(QuantiseSigned(position.HeightM, 1, 16), 16));
            w.U24(Field(QuantiseSigned(position.Latitude, Wgs23, 24), 24));
            w.U24(Field(QuantiseSigned(position.Longitude, Wgs23, 24), 24));
        }

        if (r.CollimationError is { } error)
        {
            w.Byte(Field(QuantiseSigned(error.RangeError, 1.0 / 128, 8), 8));
            w.Byte(Field(QuantiseSigned(error.AzimuthError, 360.0 / 16384, 8), 8));
        }

        if (r.ReservedExpansion is { } re)
        {
            w.Explicit(Checked(re.Span, "RE"));
        }

        if (r.SpecialPurpose is { } sp)
        {
            w.Explicit(Checked(sp.Span, "SP"));
        }
    }

    internal static ReadOnlySpan<byte> Checked(ReadOnlySpan<byte> content, string item) => content.Length <= Cat048Record.MaxExplicitLength
        ? content
        : throw new ArgumentException($"The {item} field holds at most {Cat048Record.MaxExplicitLength} bytes, got {content.Length}.");

    private static void WriteIf(ref AsterixSpanWriter w, byte? value)
    {
        if (value is { } v)
        {
            w.Byte(v);
        }
    }
}
