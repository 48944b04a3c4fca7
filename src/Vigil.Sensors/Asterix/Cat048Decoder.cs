using System.Numerics;
using System.Runtime.CompilerServices;
using static Vigil.Sensors.Asterix.AsterixBits;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Decodes CAT048 records in place (EUROCONTROL-SPEC-0149-4 CAT048 v1.31 §4.3 UAP, §5.2 item layouts).
/// Hand-written per FRN rather than table-driven: this is the high-rate path.
/// </summary>
internal static class Cat048Decoder
{
    /// <summary>Item names by FRN - 1, for faults.</summary>
    internal static readonly string[] Names =
    [
        "I048/010", "I048/140", "I048/020", "I048/040", "I048/070", "I048/090", "I048/130",
        "I048/220", "I048/240", "I048/250", "I048/161", "I048/042", "I048/200", "I048/170",
        "I048/210", "I048/030", "I048/080", "I048/100", "I048/110", "I048/120", "I048/230",
        "I048/260", "I048/055", "I048/050", "I048/065", "I048/060", "I048/SP", "I048/RE",
    ];

    private const int Frns = 28;

    /// <summary>FSPEC octet to its seven presence bits with the first FRN lowest.</summary>
    private static readonly byte[] PresenceBytes = PresenceTable();

    private static byte[] PresenceTable()
    {
        var table = new byte[256];
        for (int b = 0; b < 256; b++)
        {
            table[b] = (byte)AsterixUapParser.Reverse7((byte)b);
        }

        return table;
    }

    /// <summary>Decodes the record at <paramref name="pos"/> into <paramref name="r"/> (which must be default).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> s, ref int pos, int end, ref Cat048Record r, out AsterixFault fault)
    {
        int start = pos;
        ulong fspec = 0;
        int octet = 0;
        byte[] presence = PresenceBytes;
        while (true)
        {
            if (pos >= end)
            {
                fault = new AsterixFault(pos, "FSPEC", "runs past the end of the data block (its last octet has FX set)");
                return false;
            }

            if (octet == AsterixUapParser.MaxFspecOctets)
            {
                fault = new AsterixFault(start, "FSPEC", $"is longer than {AsterixUapParser.MaxFspecOctets} octets");
                return false;
            }

            byte b = s[pos++];
            fspec |= (ulong)presence[b] << (7 * octet);
            octet++;
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

        if ((fspec >> Frns) != 0)
        {
            fault = new AsterixFault(start, "FSPEC", $"announces FRN {64 - BitOperations.LeadingZeroCount(fspec)}, which the CAT048 UAP does not define");
            return false;
        }

        r._items = (Cat048Items)(uint)fspec;
        uint bits = (uint)fspec;
        while (bits != 0)
        {
            int frn = BitOperations.TrailingZeroCount(bits) + 1;
            bits &= bits - 1;
            int at = pos;
            int left = end - pos;
            int need;
            switch (frn)
            {
                case 1:
                    if (left < (need = 2)) goto Truncated;
                    r._sac = s[at];
                    r._sic = s[at + 1];
                    pos += 2;
                    break;
                case 2:
                    if (left < (need = 3)) goto Truncated;
                    r._tod = U24(s, at);
                    pos += 3;
                    break;
                case 3:
                {
                    if (!TryReadExtended(s, ref pos, end, 4, out uint value, out int n))
                    {
                        need = n + 1;
                        goto Truncated;
                    }

                    r._i020 = value;
                    r._i020Len = (byte)Math.Min(n, 4);
                    break;
                }

                case 4:
                    if (left < (need = 4)) goto Truncated;
                    r._rho = (ushort)U16(s, at);
                    r._theta = (ushort)U16(s, at + 2);
                    pos += 4;
                    break;
                case 5:
                    if (left < (need = 2)) goto Truncated;
                    r._i070 = (ushort)U16(s, at);
                    pos += 2;
                    break;
                case 6:
                    if (left < (need = 2)) goto Truncated;
                    r._i090 = (ushort)U16(s, at);
                    pos += 2;
                    break;
                case 7:
                {
                    if (left < 1)
                    {
                        need = 1;
                        goto Truncated;
                    }

                    byte primary = s[pos++];
                    if ((primary & 1) != 0)
                    {
                        fault = new AsterixFault(at, Names[6], "extends its primary subfield (FX set), which the specification does not define");
                        return false;
                    }

                    int count = BitOperations.PopCount((uint)primary);
                    if (end - pos < count)
                    {
                        need = 1 + count;
                        goto Truncated;
                    }

                    r._i130 = primary;
                    if ((primary & Cat048Record.SubSrl) != 0) r._srl = s[pos++];
                    if ((primary & Cat048Record.SubSrr) != 0) r._srr = s[pos++];
                    if ((primary & Cat048Record.SubSam) != 0) r._sam = s[pos++];
                    if ((primary & Cat048Record.SubPrl) != 0) r._prl = s[pos++];
                    if ((primary & Cat048Record.SubPam) != 0) r._pam = s[pos++];
                    if ((primary & Cat048Record.SubRpd) != 0) r._rpd = s[pos++];
                    if ((primary & Cat048Record.SubApd) != 0) r._apd = s[pos++];
                    break;
                }

                case 8:
                    if (left < (need = 3)) goto Truncated;
                    r._address = U24(s, at);
                    pos += 3;
                    break;
                case 9:
                    if (left < (need = 6)) goto Truncated;
                    r._callsign = UBig(s, at, 6);
                    pos += 6;
                    break;
                case 10:
                {
                    if (left < 1)
                    {
                        need = 1;
                        goto Truncated;
                    }

                    int rep = s[at];
                    if (left < (need = 1 + (8 * rep))) goto Truncated;
                    int kept = Math.Min(rep, Cat048Record.MaxBdsRegisters);
                    for (int i = 0; i < kept; i++)
                    {
                        r._bds[i] = Cat048BdsRegister.FromRaw(UBig(s, at + 1 + (8 * i), 8));
                    }

                    r._bdsCount = (byte)kept;
                    r._bdsTotal = (byte)rep;
                    pos += need;
                    break;
                }

                case 11:
                    if (left < (need = 2)) goto Truncated;
                    r._track = (ushort)(U16(s, at) & 0x0FFF);
                    pos += 2;
                    break;
                case 12:
                    if (left < (need = 4)) goto Truncated;
                    r._x = (ushort)U16(s, at);
                    r._y = (ushort)U16(s, at + 2);
                    pos += 4;
                    break;
                case 13:
                    if (left < (need = 4)) goto Truncated;
                    r._gsp = (ushort)U16(s, at);
                    r._hdg = (ushort)U16(s, at + 2);
                    pos += 4;
                    break;
                case 14:
                {
                    if (!TryReadExtended(s, ref pos, end, 2, out uint value, out int n))
                    {
                        need = n + 1;
                        goto Truncated;
                    }

                    r._i170 = (ushort)value;
                    r._i170Len = (byte)Math.Min(n, 2);
                    break;
                }

                case 15:
                    if (left < (need = 4)) goto Truncated;
                    r._i210 = U32(s, at);
                    pos += 4;
                    break;
                case 16:
                {
                    int n = 0;
                    while (true)
                    {
                        if (pos >= end)
                        {
                            need = n + 1;
                            goto Truncated;
                        }

                        byte b = s[pos++];
                        if (n < Cat048Record.MaxWarningCodes)
                        {
                            r._codes[n] = (byte)(b >> 1);
                        }

                        n++;
                        if ((b & 1) == 0)
                        {
                            break;
                        }
                    }

                    r._codeCount = (byte)Math.Min(n, Cat048Record.MaxWarningCodes);
                    r._codeTotal = (byte)Math.Min(n, 255);
                    break;
                }

                case 17:
                    if (left < (need = 2)) goto Truncated;
                    r._i080 = (ushort)(U16(s, at) & 0x0FFF);
                    pos += 2;
                    break;
                case 18:
                    if (left < (need = 4)) goto Truncated;
                    r._i100 = U32(s, at);
                    pos += 4;
                    break;
                case 19:
                    if (left < (need = 2)) goto Truncated;
                    r._i110 = (ushort)(U16(s, at) & 0x3FFF);
                    pos += 2;
                    break;
                case 20:
                {
                    if (left < 1)
                    {
                        need = 1;
                        goto Truncated;
                    }

                    byte primary = s[pos++];
                    if ((primary & 0x3F) != 0)
                    {
                        fault = new AsterixFault(at, Names[19], "announces a subfield other than CAL and RDS, which the specification does not define");
                        return false;
                    }

                    r._i120 = primary;
                    if ((primary & Cat048Record.SubCal) != 0)
                    {
                        if (end - pos < 2)
                        {
                            need = pos - at + 2;
                            goto Truncated;
                        }

                        r._cal = (ushort)U16(s, pos);
                        pos += 2;
                    }

                    if ((primary & Cat048Record.SubRds) != 0)
                    {
                        if (end - pos < 1 || end - pos < 1 + (6 * s[pos]))
                        {
                            need = pos - at + 1 + (end - pos < 1 ? 0 : 6 * s[pos]);
                            goto Truncated;
                        }

                        int rep = s[pos];
                        int kept = Math.Min(rep, Cat048Record.MaxDopplerSpeeds);
                        for (int i = 0; i < kept; i++)
                        {
                            int p = pos + 1 + (6 * i);
                            r._doppler[i] = new Cat048DopplerSpeed((short)Signed(U16(s, p), 16), (ushort)U16(s, p + 2), (ushort)U16(s, p + 4));
                        }

                        r._dopplerCount = (byte)kept;
                        r._dopplerTotal = (byte)rep;
                        pos += 1 + (6 * rep);
                    }

                    break;
                }

                case 21:
                    if (left < (need = 2)) goto Truncated;
                    r._i230 = (ushort)U16(s, at);
                    pos += 2;
                    break;
                case 22:
                    if (left < (need = 7)) goto Truncated;
                    r._i260 = UBig(s, at, 7);
                    pos += 7;
                    break;
                case 23:
                    if (left < (need = 1)) goto Truncated;
                    r._i055 = s[at];
                    pos += 1;
                    break;
                case 24:
                    if (left < (need = 2)) goto Truncated;
                    r._i050 = (ushort)U16(s, at);
                    pos += 2;
                    break;
                case 25:
                    if (left < (need = 1)) goto Truncated;
                    r._i065 = s[at];
                    pos += 1;
                    break;
                case 26:
                    if (left < (need = 2)) goto Truncated;
                    r._i060 = (ushort)U16(s, at);
                    pos += 2;
                    break;
                default:
                {
                    // 27 SP, 28 RE: explicit.
                    if (left < 1)
                    {
                        need = 1;
                        goto Truncated;
                    }

                    int length = s[at];
                    if (length == 0)
                    {
                        fault = new AsterixFault(at, Names[frn - 1], "has length 0 (its length octet counts itself)");
                        return false;
                    }

                    if (left < (need = length)) goto Truncated;
                    ReadOnlySpan<byte> content = s.Slice(at + 1, length - 1);
                    if (frn == 27)
                    {
                        content.CopyTo(r._sp);
                        r._spLen = (byte)content.Length;
                    }
                    else
                    {
                        content.CopyTo(r._re);
                        r._reLen = (byte)content.Length;
                    }

                    pos += length;
                    break;
                }
            }

            continue;
        Truncated:
            fault = AsterixFault.Truncated(at, Names[frn - 1], need, end - at);
            return false;
        }

        fault = default;
        return true;
    }

    /// <summary>
    /// Reads an extended item (octets chained by their FX bit, bit 1) from <paramref name="pos"/>: the first
    /// <paramref name="keep"/> octets, left-aligned in a <paramref name="keep"/>-octet value; later extents are
    /// skipped. False when the chain runs past <paramref name="end"/>, with <paramref name="octets"/> read so far.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadExtended(ReadOnlySpan<byte> s, ref int pos, int end, int keep, out uint value, out int octets)
    {
        value = 0;
        octets = 0;
        while (pos < end)
        {
            byte b = s[pos++];
            if (octets < keep)
            {
                value |= (uint)b << (8 * (keep - 1 - octets));
            }

            octets++;
            if ((b & 1) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
