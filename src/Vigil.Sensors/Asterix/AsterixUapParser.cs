namespace Vigil.Sensors.Asterix;

/// <summary>
/// Walks a record by its category's UAP (EUROCONTROL-SPEC-0149 Part 1 v2.4 §4.3: FSPEC with FX
/// extension, then the items present in FRN order) and returns where each item is. Every length is
/// checked against the end of the data block before it is used.
/// </summary>
internal static class AsterixUapParser
{
    /// <summary>Most FSPEC octets accepted (56 FRNs, more than any UAP here defines).</summary>
    public const int MaxFspecOctets = 8;

    /// <summary>Reads an FSPEC: bit (FRN - 1) of <paramref name="fspec"/> is set when item FRN is present.</summary>
    public static bool TryReadFspec(ReadOnlySpan<byte> data, ref int pos, int end, int frns, string category, out ulong fspec, out AsterixFault fault)
    {
        fspec = 0;
        fault = default;
        int start = pos;
        for (int octet = 0; ; octet++)
        {
            if (pos >= end)
            {
                fault = new AsterixFault(pos, "FSPEC", "runs past the end of the data block (its last octet has FX set)");
                return false;
            }

            if (octet == MaxFspecOctets)
            {
                fault = new AsterixFault(start, "FSPEC", $"is longer than {MaxFspecOctets} octets");
                return false;
            }

            byte b = data[pos++];
            fspec |= Reverse7(b) << (7 * octet);
            if ((b & 1) == 0)
            {
                break;
            }
        }

        if (fspec == 0)
        {
            fault = new AsterixFault(start, "FSPEC", "announces no items");
            return false;
        }

        if (frns < 64 && (fspec >> frns) != 0)
        {
            int frn = 64 - System.Numerics.BitOperations.LeadingZeroCount(fspec);
            fault = new AsterixFault(start, "FSPEC", $"announces FRN {frn}, which the {category} UAP does not define");
            return false;
        }

        return true;
    }

    /// <summary>Bits 8..2 of an FSPEC octet as bits 0..6 (bit 8 is the lowest FRN).</summary>
    public static ulong Reverse7(byte b)
    {
        ulong r = 0;
        for (int i = 0; i < 7; i++)
        {
            if ((b & (0x80 >> i)) != 0)
            {
                r |= 1UL << i;
            }
        }

        return r;
    }

    /// <summary>Walks one record from <paramref name="pos"/>; on success <paramref name="pos"/> is just past it.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, ref int pos, int end, AsterixItemSpec[] uap, string category,
        out AsterixRawItem?[] items, out AsterixFault fault)
    {
        items = [];
        int start = pos;
        if (!TryReadFspec(data, ref pos, end, uap.Length, category, out ulong fspec, out fault))
        {
            return false;
        }

        var found = new AsterixRawItem?[uap.Length];
        for (int frn = 1; frn <= uap.Length; frn++)
        {
            if ((fspec & (1UL << (frn - 1))) == 0)
            {
                continue;
            }

            AsterixItemSpec spec = uap[frn - 1];
            if (spec.Kind == AsterixItemKind.Spare)
            {
                fault = new AsterixFault(start, "FSPEC", $"announces FRN {frn}, which the {category} UAP leaves spare");
                return false;
            }

            if (!TryItem(data, ref pos, end, start, spec, spec.Id, out AsterixRawItem? item, out fault))
            {
                return false;
            }

            found[frn - 1] = item;
        }

        items = found;
        return true;
    }

    private static bool TryItem(ReadOnlySpan<byte> data, ref int pos, int end, int recordStart, AsterixItemSpec spec, string itemName,
        out AsterixRawItem? item, out AsterixFault fault)
    {
        item = null;
        fault = default;
        int at = pos;
        switch (spec.Kind)
        {
            case AsterixItemKind.Fixed:
                if (!Need(at, spec.Size, end, itemName, out fault))
                {
                    return false;
                }

                pos += spec.Size;
                break;
            case AsterixItemKind.Extended:
                while (true)
                {
                    if (!Need(pos, spec.Size, end, itemName, out fault))
                    {
                        return false;
                    }

                    pos += spec.Size;
                    if ((data[pos - 1] & 1) == 0)
                    {
                        break;
                    }
                }

                break;
            case AsterixItemKind.Repetitive:
            {
                if (!Need(at, 1, end, itemName, out fault))
                {
                    return false;
                }

                int count = data[at];
                if (!Need(at, 1 + (count * spec.Size), end, itemName, out fault))
                {
                    return false;
                }

                pos += 1 + (count * spec.Size);
                break;
            }

            case AsterixItemKind.Explicit:
            {
                if (!Need(at, 1, end, itemName, out fault))
                {
                    return false;
                }

                int length = data[at];
                if (length == 0)
                {
                    fault = new AsterixFault(at, itemName, "has length 0 (its length octet counts itself)");
                    return false;
                }

                if (!Need(at, length, end, itemName, out fault))
                {
                    return false;
                }

                pos += length;
                break;
            }

            case AsterixItemKind.Compound:
            {
                AsterixItemSpec?[] subs = spec.Subfields!;
                var present = new List<int>();
                for (int octet = 0; ; octet++)
                {
                    if (!Need(pos, 1, end, itemName, out fault))
                    {
                        return false;
                    }

                    byte b = data[pos++];
                    for (int bit = 0; bit < 7; bit++)
                    {
                        if ((b & (0x80 >> bit)) != 0)
                        {
                            int index = (7 * octet) + bit;
                            if (index >= subs.Length || subs[index] is null)
                            {
                                fault = new AsterixFault(pos - 1, itemName, $"announces subfield #{index + 1}, which the specification does not define");
                                return false;
                            }

                            present.Add(index);
                        }
                    }

                    if ((b & 1) == 0)
                    {
                        break;
                    }

                    if (octet == MaxFspecOctets)
                    {
                        fault = new AsterixFault(at, itemName, $"has a primary subfield longer than {MaxFspecOctets} octets");
                        return false;
                    }
                }

                var subItems = new AsterixRawItem?[subs.Length];
                foreach (int index in present)
                {
                    AsterixItemSpec sub = subs[index]!;
                    if (!TryItem(data, ref pos, end, recordStart, sub, $"{itemName} subfield {sub.Id}", out AsterixRawItem? subItem, out fault))
                    {
                        return false;
                    }

                    subItems[index] = subItem;
                }

                item = new AsterixRawItem(spec.Id, at - recordStart, pos - at, subItems);
                return true;
            }

            default:
                fault = new AsterixFault(at, itemName, "has no layout");
                return false;
        }

        item = new AsterixRawItem(spec.Id, at - recordStart, pos - at, null);
        return true;
    }

    private static bool Need(int at, int count, int end, string item, out AsterixFault fault)
    {
        if (at + count <= end)
        {
            fault = default;
            return true;
        }

        fault = AsterixFault.Truncated(at, item, count, Math.Max(0, end - at));
        return false;
    }
}
