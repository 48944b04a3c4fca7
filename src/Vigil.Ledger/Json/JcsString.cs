using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Ledger.Json;

/// <summary>
/// RFC 8785 §3.2.2.2 string serialisation, and the decoding of JSON escapes that precedes it.
/// </summary>
internal static class JcsString
{
    /// <summary>The bytes that must be escaped: U+0000–U+001F, '"' and '\'.</summary>
    private static readonly SearchValues<byte> MustEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    /// <summary>
    /// Decodes the escapes of a string token's raw content (between the quotes), writing UTF-8.
    /// The reader has already checked the escape syntax; this checks what it does not: that
    /// every \u escape of a UTF-16 surrogate is half of a pair.
    /// </summary>
    /// <param name="raw">The token's bytes between the quotes, valid UTF-8.</param>
    /// <param name="destination">At least <paramref name="raw"/>.Length bytes (decoding never grows).</param>
    /// <param name="written">Bytes written.</param>
    /// <param name="errorAt">Where in <paramref name="raw"/> the bad escape starts, on failure.</param>
    /// <param name="error">What is wrong, on failure.</param>
    public static bool TryUnescape(
        ReadOnlySpan<byte> raw, Span<byte> destination, out int written, out int errorAt, out string? error)
    {
        int i = 0, w = 0;
        while (true)
        {
            int next = raw[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                raw[i..].CopyTo(destination[w..]);
                written = w + raw.Length - i;
                errorAt = -1;
                error = null;
                return true;
            }

            raw.Slice(i, next).CopyTo(destination[w..]);
            w += next;
            i += next;
            if (i + 1 >= raw.Length)
            {
                return Fail(i, "unfinished escape in string", out written, out errorAt, out error);
            }

            byte simple = raw[i + 1] switch
            {
                (byte)'"' => (byte)'"',
                (byte)'\\' => (byte)'\\',
                (byte)'/' => (byte)'/',
                (byte)'b' => 0x08,
                (byte)'f' => 0x0C,
                (byte)'n' => 0x0A,
                (byte)'r' => 0x0D,
                (byte)'t' => 0x09,
                _ => 0xFF, // not a one-letter escape; never valid UTF-8 on its own
            };
            if (simple != 0xFF)
            {
                destination[w++] = simple;
                i += 2;
                continue;
            }

            int unit = raw[i + 1] == (byte)'u' ? Hex4(raw, i + 2) : -1;
            if (unit < 0)
            {
                return Fail(i, "invalid escape in string", out written, out errorAt, out error);
            }

            int scalar = unit;
            if (char.IsLowSurrogate((char)unit))
            {
                return Fail(i, $"lone surrogate \\u{unit:x4} in string", out written, out errorAt, out error);
            }

            if (char.IsHighSurrogate((char)unit))
            {
                int low = i + 6 < raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u' ? Hex4(raw, i + 8) : -1;
                if (low < 0 || !char.IsLowSurrogate((char)low))
                {
                    return Fail(i, $"lone surrogate \\u{unit:x4} in string", out written, out errorAt, out error);
                }

                scalar = char.ConvertToUtf32((char)unit, (char)low);
                i += 6;
            }

            w += new Rune(scalar).EncodeToUtf8(destination[w..]);
            i += 6;
        }
    }

    /// <summary>
    /// Writes <paramref name="utf8"/> as a canonical JSON string: in quotes, with \", \\, \b, \t,
    /// \n, \f, \r, \u00xx (lowercase hex) for the other controls below U+0020, and every other
    /// character (including '/', U+007F and all non-ASCII) as its UTF-8 bytes.
    /// </summary>
    public static void WriteQuoted(ReadOnlySpan<byte> utf8, IBufferWriter<byte> output)
    {
        WriteByte(output, (byte)'"');
        while (true)
        {
            // Bytes of multi-byte UTF-8 sequences are all ≥ 0x80, so a byte-wise search is exact.
            int next = utf8.IndexOfAny(MustEscape);
            if (next < 0)
            {
                output.Write(utf8);
                break;
            }

            output.Write(utf8[..next]);
            byte b = utf8[next];
            Span<byte> escape = output.GetSpan(6);
            escape[0] = (byte)'\\';
            byte letter = b switch
            {
                (byte)'"' => (byte)'"',
                (byte)'\\' => (byte)'\\',
                0x08 => (byte)'b',
                0x09 => (byte)'t',
                0x0A => (byte)'n',
                0x0C => (byte)'f',
                0x0D => (byte)'r',
                _ => 0,
            };
            if (letter != 0)
            {
                escape[1] = letter;
                output.Advance(2);
            }
            else
            {
                escape[1] = (byte)'u';
                escape[2] = (byte)'0';
                escape[3] = (byte)'0';
                escape[4] = LowerHex[b >> 4];
                escape[5] = LowerHex[b & 0xF];
                output.Advance(6);
            }

            utf8 = utf8[(next + 1)..];
        }

        WriteByte(output, (byte)'"');
    }

    /// <summary>Writes one byte.</summary>
    public static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static ReadOnlySpan<byte> LowerHex => "0123456789abcdef"u8;

    /// <summary>The four hex digits at <paramref name="at"/> as a UTF-16 code unit, or -1.</summary>
    private static int Hex4(ReadOnlySpan<byte> raw, int at) =>
        at + 4 <= raw.Length
        && int.TryParse(raw.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int unit)
            ? unit
            : -1;

    private static bool Fail(int at, string message, out int written, out int errorAt, out string? error)
    {
        written = 0;
        errorAt = at;
        error = message;
        return false;
    }
}
