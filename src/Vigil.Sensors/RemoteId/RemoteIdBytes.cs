using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A fixed-length byte field of a Remote ID message, held inline (no allocation): the 20-byte UAS ID
/// and operator ID, the 23-byte Self-ID description, and the 17- or 23-byte authentication data.
/// Text fields are ASCII, padded with NULs; <see cref="ToString"/> materialises the text up to the
/// first NUL. Every byte is kept, so a field encodes back exactly. The default value is empty.
/// </summary>
public readonly struct RemoteIdBytes : IEquatable<RemoteIdBytes>
{
    /// <summary>The longest field: the Self-ID description and the data of authentication pages 1 to 15.</summary>
    public const int MaxLength = 23;

    private readonly Buffer _bytes;
    private readonly byte _length;

    /// <summary>Copies a field of up to <see cref="MaxLength"/> bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The field is longer than <see cref="MaxLength"/>.</exception>
    public RemoteIdBytes(ReadOnlySpan<byte> field)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(field.Length, MaxLength, nameof(field));
        field.CopyTo(_bytes);
        _length = (byte)field.Length;
    }

    /// <summary>The field's length in bytes (20, 23 or 17), including any NUL padding.</summary>
    public int Length => _length;

    /// <summary>The length of the text: the bytes before the first NUL.</summary>
    public int TextLength
    {
        get
        {
            int nul = AsSpan().IndexOf((byte)0);
            return nul < 0 ? _length : nul;
        }
    }

    /// <summary>Whether the text is empty (the field is all NULs, or starts with one).</summary>
    public bool IsEmpty => TextLength == 0;

    /// <summary>
    /// A text field of <paramref name="fieldLength"/> bytes holding <paramref name="text"/> and NUL padding.
    /// </summary>
    /// <exception cref="ArgumentException">The text is longer than the field, or has a character outside printable ASCII.</exception>
    public static RemoteIdBytes FromText(string text, int fieldLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fieldLength, MaxLength);
        ArgumentOutOfRangeException.ThrowIfNegative(fieldLength);
        if (text.Length > fieldLength)
        {
            throw new ArgumentException($"Text of {text.Length} characters does not fit a {fieldLength}-byte field.", nameof(text));
        }

        Span<byte> field = stackalloc byte[fieldLength];
        field.Clear();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"Character {i} (U+{(int)c:X4}) is not printable ASCII.", nameof(text));
            }

            field[i] = (byte)c;
        }

        return new RemoteIdBytes(field);
    }

    /// <summary>The field's bytes.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> AsSpan() => ((ReadOnlySpan<byte>)_bytes)[.._length];

    /// <summary>The bytes of the text, before the first NUL.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> TextSpan() => AsSpan()[..TextLength];

    /// <summary>Whether the text (up to the first NUL) is exactly <paramref name="text"/>.</summary>
    public bool TextEquals(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<byte> bytes = TextSpan();
        if (bytes.Length != text.Length)
        {
            return false;
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text up to the first NUL; bytes above 0x7F are read as Latin-1.</summary>
    public override string ToString() => Encoding.Latin1.GetString(TextSpan());

    /// <inheritdoc />
    public bool Equals(RemoteIdBytes other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RemoteIdBytes other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(AsSpan());
        return hash.ToHashCode();
    }

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(RemoteIdBytes left, RemoteIdBytes right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(RemoteIdBytes left, RemoteIdBytes right) => !left.Equals(right);

    [InlineArray(MaxLength)]
    private struct Buffer
    {
        private byte _element0;
    }
}
