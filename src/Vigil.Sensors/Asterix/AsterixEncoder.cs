using System.Buffers;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Writes ASTERIX data blocks: the category octet, the block length, then the records, each with an
/// FSPEC computed from the items it holds (EUROCONTROL-SPEC-0149 Part 1 v2.4 §4). CAT048 records are
/// written from <see cref="Cat048Record"/> values as held (already rounded to their LSBs); CAT034 values
/// are rounded to the nearest LSB, angles wrapped into [0, 360), other values saturated to their field.
/// </summary>
public static class AsterixEncoder
{
    /// <summary>Longest CAT048 record the encoder can write, in bytes (every item at its largest).</summary>
    public const int MaxCat048RecordLength = 4 + 2 + 3 + 4 + 4 + 2 + 2 + 8 + 3 + 6 + 1 + (8 * Cat048Record.MaxBdsRegisters)
        + 2 + 4 + 4 + 2 + 4 + Cat048Record.MaxWarningCodes + 2 + 4 + 2 + 1 + 2 + 1 + (6 * Cat048Record.MaxDopplerSpeeds)
        + 2 + 7 + 1 + 2 + 1 + 2 + (2 * (1 + Cat048Record.MaxExplicitLength));

    private const int MaxBlockLength = ushort.MaxValue;

    /// <summary>Writes one CAT048 data block holding <paramref name="records"/>; false (nothing usable written) when it does not fit <paramref name="destination"/> or 65,535 bytes.</summary>
    /// <exception cref="ArgumentException">The list is empty or a record has no items.</exception>
    public static bool TryWriteCat048(Span<byte> destination, ReadOnlySpan<Cat048Record> records, out int written)
    {
        if (records.IsEmpty)
        {
            throw new ArgumentException("A data block needs at least one record.", nameof(records));
        }

        var w = new AsterixSpanWriter(destination);
        w.Byte(48);
        w.U16(0);
        foreach (ref readonly Cat048Record record in records)
        {
            WriteCat048Record(ref w, in record);
        }

        return Finish(ref w, out written);
    }

    /// <summary>Writes one CAT048 data block holding one record.</summary>
    /// <exception cref="ArgumentException">The record has no items.</exception>
    public static bool TryWriteCat048(Span<byte> destination, in Cat048Record record, out int written) =>
        TryWriteCat048(destination, new ReadOnlySpan<Cat048Record>(in record), out written);

    /// <summary>Writes one CAT048 data block into <paramref name="writer"/>; returns its length.</summary>
    /// <exception cref="ArgumentException">The list is empty, a record has no items, or the block would exceed 65,535 bytes.</exception>
    public static int WriteCat048(IBufferWriter<byte> writer, ReadOnlySpan<Cat048Record> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int bound = (int)Math.Min(MaxBlockLength, 3L + ((long)records.Length * MaxCat048RecordLength));
        Span<byte> span = writer.GetSpan(bound);
        if (!TryWriteCat048(span, records, out int written))
        {
            throw new ArgumentException("The records do not fit one data block of 65,535 bytes.", nameof(records));
        }

        writer.Advance(written);
        return written;
    }

    /// <summary>Writes one CAT034 data block holding <paramref name="records"/>; false when it does not fit <paramref name="destination"/> or 65,535 bytes.</summary>
    /// <exception cref="ArgumentException">The list is empty, or a record has no items or an oversized field.</exception>
    public static bool TryWriteCat034(Span<byte> destination, ReadOnlySpan<Cat034Record> records, out int written)
    {
        if (records.IsEmpty)
        {
            throw new ArgumentException("A data block needs at least one record.", nameof(records));
        }

        var w = new AsterixSpanWriter(destination);
        w.Byte(34);
        w.U16(0);
        foreach (Cat034Record record in records)
        {
            Cat034Codec.Write(ref w, record);
        }

        return Finish(ref w, out written);
    }

    /// <summary>Writes one CAT034 data block into <paramref name="writer"/>; returns its length.</summary>
    /// <exception cref="ArgumentException">The list is empty, a record is invalid, or the block would exceed 65,535 bytes.</exception>
    public static int WriteCat034(IBufferWriter<byte> writer, ReadOnlySpan<Cat034Record> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> span = writer.GetSpan(MaxBlockLength);
        if (!TryWriteCat034(span, records, out int written))
        {
            throw new ArgumentException("The records do not fit one data block of 65,535 bytes.", nameof(records));
        }

        writer.Advance(written);
        return written;
    }

    private static bool Finish(ref AsterixSpanWriter w, out int written)
    {
        written = 0;
        if (w.Overflowed || w.Position > MaxBlockLength)
        {
            return false;
        }

        w.Patch16(1, w.Position);
        written = w.Position;
        return true;
    }

    internal static void WriteCat048Record(ref AsterixSpanWriter w, in Cat048Record r)
    {
        Cat048Items items = r._items;
        if (items == Cat048Items.None)
        {
            throw new ArgumentException("A CAT048 record needs at least one item.", nameof(r));
        }

        w.Fspec((ulong)items);
        if ((items & Cat048Items.I010) != 0)
        {
            w.Byte(r._sac);
            w.Byte(r._sic);
        }

        if ((items & Cat048Items.I140) != 0)
        {
            w.U24(r._tod);
        }

        if ((items & Cat048Items.I020) != 0)
        {
            Extended(ref w, r._i020, Math.Max(1, (int)r._i020Len), 4);
        }

        if ((items & Cat048Items.I040) != 0)
        {
            w.U16(r._rho);
            w.U16(r._theta);
        }

        if ((items & Cat048Items.I070) != 0)
        {
            w.U16(r._i070 & 0xEFFFu);
        }

        if ((items & Cat048Items.I090) != 0)
        {
            w.U16(r._i090);
        }

        if ((items & Cat048Items.I130) != 0)
        {
            byte primary = (byte)(r._i130 & 0xFE);
            w.Byte(primary);
            if ((primary & Cat048Record.SubSrl) != 0) w.Byte(r._srl);
            if ((primary & Cat048Record.SubSrr) != 0) w.Byte(r._srr);
            if ((primary & Cat048Record.SubSam) != 0) w.Byte(r._sam);
            if ((primary & Cat048Record.SubPrl) != 0) w.Byte(r._prl);
            if ((primary & Cat048Record.SubPam) != 0) w.Byte(r._pam);
            if ((primary & Cat048Record.SubRpd) != 0) w.Byte(r._rpd);
            if ((primary & Cat048Record.SubApd) != 0) w.Byte(r._apd);
        }

        if ((items & Cat048Items.I220) != 0)
        {
            w.U24(r._address);
        }

        if ((items & Cat048Items.I240) != 0)
        {
            w.Big(r._callsign, 6);
        }

        if ((items & Cat048Items.I250) != 0)
        {
            w.Byte(r._bdsCount);
            foreach (Cat048BdsRegister register in r.BdsRegisters)
            {
                w.Big(register.Raw, 8);
            }
        }

        if ((items & Cat048Items.I161) != 0)
        {
            w.U16(r._track & 0x0FFFu);
        }

        if ((items & Cat048Items.I042) != 0)
        {
            w.U16(r._x);
            w.U16(r._y);
        }

        if ((items & Cat048Items.I200) != 0)
        {
            w.U16(r._gsp);
            w.U16(r._hdg);
        }

        if ((items & Cat048Items.I170) != 0)
        {
            Extended(ref w, (uint)r._i170 << 16, Math.Max(1, (int)r._i170Len), 2);
        }

        if ((items & Cat048Items.I210) != 0)
        {
            w.Big(r._i210, 4);
        }

        if ((items & Cat048Items.I030) != 0)
        {
            ReadOnlySpan<byte> codes = r.WarningErrorCodes;
            if (codes.IsEmpty)
            {
                w.Byte(0);
            }

            for (int i = 0; i < codes.Length; i++)
            {
                w.Byte(((uint)codes[i] << 1) | (i < codes.Length - 1 ? 1u : 0));
            }
        }

        if ((items & Cat048Items.I080) != 0)
        {
            w.U16(r._i080);
        }

        if ((items & Cat048Items.I100) != 0)
        {
            w.Big(r._i100, 4);
        }

        if ((items & Cat048Items.I110) != 0)
        {
            w.U16(r._i110);
        }

        if ((items & Cat048Items.I120) != 0)
        {
            byte primary = (byte)(r._i120 & (Cat048Record.SubCal | Cat048Record.SubRds));
            w.Byte(primary);
            if ((primary & Cat048Record.SubCal) != 0)
            {
                w.U16(r._cal & 0x83FFu);
            }

            if ((primary & Cat048Record.SubRds) != 0)
            {
                w.Byte(r._dopplerCount);
                foreach (Cat048DopplerSpeed speed in r.RawDopplerSpeeds)
                {
                    w.U16(unchecked((ushort)speed.DopplerMps));
                    w.U16(speed.AmbiguityMps);
                    w.U16(speed.FrequencyMhz);
                }
            }
        }

        if ((items & Cat048Items.I230) != 0)
        {
            w.U16(r._i230);
        }

        if ((items & Cat048Items.I260) != 0)
        {
            w.Big(r._i260, 7);
        }

        if ((items & Cat048Items.I055) != 0)
        {
            w.Byte(r._i055);
        }

        if ((items & Cat048Items.I050) != 0)
        {
            w.U16(r._i050);
        }

        if ((items & Cat048Items.I065) != 0)
        {
            w.Byte(r._i065);
        }

        if ((items & Cat048Items.I060) != 0)
        {
            w.U16(r._i060);
        }

        if ((items & Cat048Items.SP) != 0)
        {
            w.Explicit(r.SpecialPurpose);
        }

        if ((items & Cat048Items.RE) != 0)
        {
            w.Explicit(r.ReservedExpansion);
        }
    }

    /// <summary>Writes <paramref name="octets"/> octets from the top of <paramref name="bits"/>, FX set on all but the last.</summary>
    private static void Extended(ref AsterixSpanWriter w, uint bits, int octets, int max)
    {
        octets = Math.Min(octets, max);
        for (int i = 0; i < octets; i++)
        {
            uint b = (bits >> (24 - (8 * i))) & 0xFE;
            w.Byte(i < octets - 1 ? b | 1 : b);
        }
    }
}
