using System.Buffers.Binary;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// One page of an Authentication message (type 2, F3411-22a 5.4.5.4; layout as opendroneid-core-c's
/// ODID_Auth_encoded). Byte 1: authentication type (bits 7-4) and page number (bits 3-0).
/// Page 0: byte 2 last page index, byte 3 length of the data over all pages, bytes 4-7 timestamp
/// (uint32 seconds since 2019-01-01 00:00 UTC), bytes 8-24 the first 17 bytes of data.
/// Pages 1 to 15: bytes 2-24 hold 23 bytes of data. The default value is page 0 of type none.
/// </summary>
public readonly struct AuthenticationMessage : IEquatable<AuthenticationMessage>
{
    /// <summary>Bytes of data on page 0.</summary>
    public const int FirstPageDataLength = 17;

    /// <summary>Bytes of data on pages 1 to 15.</summary>
    public const int PageDataLength = 23;

    /// <summary>The highest page number.</summary>
    public const int MaxPage = 15;

    private static readonly RemoteIdBytes EmptyFirstPage = new(new byte[FirstPageDataLength]);

    private readonly RemoteIdBytes _data;

    private AuthenticationMessage(AuthenticationType type, byte page, byte lastPageIndex, byte length, uint timestampSeconds, RemoteIdBytes data)
    {
        Type = type;
        Page = page;
        LastPageIndex = lastPageIndex;
        Length = length;
        TimestampSeconds = timestampSeconds;
        _data = data;
    }

    /// <summary>The authentication scheme (values 6 to 15 are reserved or private and kept as sent).</summary>
    public AuthenticationType Type { get; }

    /// <summary>The page number, 0 to 15.</summary>
    public byte Page { get; }

    /// <summary>Page 0 only: the number of the last page, 0 to 15.</summary>
    public byte LastPageIndex { get; }

    /// <summary>Page 0 only: bytes of authentication data over all pages.</summary>
    public byte Length { get; }

    /// <summary>Page 0 only: the timestamp as sent, seconds since 2019-01-01 00:00:00 UTC.</summary>
    public uint TimestampSeconds { get; }

    /// <summary>Page 0 only: the timestamp as UTC time.</summary>
    public DateTimeOffset Timestamp => RemoteIdWire.FromEpoch2019(TimestampSeconds);

    /// <summary>This page's data: 17 bytes on page 0, 23 on the others.</summary>
    public RemoteIdBytes Data => _data.Length == 0 ? EmptyFirstPage : _data;

    /// <summary>Page 0 of an authentication.</summary>
    /// <param name="type">The authentication scheme, 0 to 15.</param>
    /// <param name="lastPageIndex">The number of the last page, 0 to 15.</param>
    /// <param name="length">Bytes of data over all pages.</param>
    /// <param name="timestamp">When the authentication was made, from 2019-01-01 UTC.</param>
    /// <param name="data">Up to 17 bytes; the rest of the field is filled with zeros.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or the data is too long.</exception>
    public static AuthenticationMessage FirstPage(AuthenticationType type, int lastPageIndex, byte length, DateTimeOffset timestamp, ReadOnlySpan<byte> data)
    {
        RemoteIdWire.CheckNibble((int)type, nameof(type));
        RemoteIdWire.CheckNibble(lastPageIndex, nameof(lastPageIndex));
        return new AuthenticationMessage(type, 0, (byte)lastPageIndex, length, RemoteIdWire.ToEpoch2019(timestamp, nameof(timestamp)), Padded(data, FirstPageDataLength));
    }

    /// <summary>Page 1 to 15 of an authentication.</summary>
    /// <param name="type">The authentication scheme, 0 to 15.</param>
    /// <param name="page">The page number, 1 to 15.</param>
    /// <param name="data">Up to 23 bytes; the rest of the field is filled with zeros.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or the data is too long.</exception>
    public static AuthenticationMessage NextPage(AuthenticationType type, int page, ReadOnlySpan<byte> data)
    {
        RemoteIdWire.CheckNibble((int)type, nameof(type));
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, MaxPage);
        return new AuthenticationMessage(type, (byte)page, 0, 0, 0, Padded(data, PageDataLength));
    }

    /// <inheritdoc />
    public bool Equals(AuthenticationMessage other) =>
        Type == other.Type && Page == other.Page && LastPageIndex == other.LastPageIndex && Length == other.Length
        && TimestampSeconds == other.TimestampSeconds && Data.Equals(other.Data);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AuthenticationMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Page, LastPageIndex, Length, TimestampSeconds, Data);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(AuthenticationMessage left, AuthenticationMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(AuthenticationMessage left, AuthenticationMessage right) => !left.Equals(right);

    /// <summary>Decodes bytes 1 to 24 of a message; rejects a last page index above 15.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> m, out AuthenticationMessage auth, out DecodeError error)
    {
        var type = (AuthenticationType)(m[1] >> 4);
        byte page = (byte)(m[1] & 0x0F);
        error = default;
        if (page != 0)
        {
            auth = new AuthenticationMessage(type, page, 0, 0, 0, new RemoteIdBytes(m.Slice(2, PageDataLength)));
            return true;
        }

        auth = new AuthenticationMessage(type, 0, m[2], m[3], BinaryPrimitives.ReadUInt32LittleEndian(m[4..]), new RemoteIdBytes(m.Slice(8, FirstPageDataLength)));
        if (m[2] > MaxPage)
        {
            error = new DecodeError(2, "Authentication: last page index is above 15");
            return false;
        }

        return true;
    }

    internal void Write(Span<byte> m)
    {
        m[1] = (byte)(((int)Type << 4) | Page);
        if (Page != 0)
        {
            Data.AsSpan().CopyTo(m[2..]);
            return;
        }

        m[2] = LastPageIndex;
        m[3] = Length;
        BinaryPrimitives.WriteUInt32LittleEndian(m[4..], TimestampSeconds);
        Data.AsSpan().CopyTo(m[8..]);
    }

    private static RemoteIdBytes Padded(ReadOnlySpan<byte> data, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, length, nameof(data));
        Span<byte> field = stackalloc byte[length];
        field.Clear();
        data.CopyTo(field);
        return new RemoteIdBytes(field);
    }
}
