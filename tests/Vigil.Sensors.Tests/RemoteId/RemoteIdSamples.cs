using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

/// <summary>Random valid messages in their broadcast form, and the reserved bits each type leaves out.</summary>
internal static class RemoteIdSamples
{
    /// <summary>A random 25-byte message of <paramref name="type"/> (0 to 5) whose values are all in range.</summary>
    public static byte[] RandomMessage(Random random, int type)
    {
        byte[] m = new byte[RemoteIdDecoder.MessageSize];
        random.NextBytes(m);
        m[0] = (byte)((type << 4) | random.Next(16));
        switch (type)
        {
            case 1:
                BitConverter.TryWriteBytes(m.AsSpan(5), random.Next(-900_000_000, 900_000_001));
                BitConverter.TryWriteBytes(m.AsSpan(9), random.Next(-1_800_000_000, 1_800_000_001));
                ushort tenths = random.Next(10) == 0 ? (ushort)0xFFFF : (ushort)random.Next(36_001);
                BitConverter.TryWriteBytes(m.AsSpan(21), tenths);
                break;
            case 2 when (m[1] & 0x0F) == 0:
                m[2] = (byte)random.Next(16);
                break;
            case 4:
                BitConverter.TryWriteBytes(m.AsSpan(2), random.Next(-900_000_000, 900_000_001));
                BitConverter.TryWriteBytes(m.AsSpan(6), random.Next(-1_800_000_000, 1_800_000_001));
                break;
        }

        return m;
    }

    /// <summary>The message with its reserved bits cleared, as the encoder writes it (F3411-22a layouts).</summary>
    public static byte[] WithoutReservedBits(byte[] message)
    {
        byte[] m = (byte[])message.Clone();
        switch (m[0] >> 4)
        {
            case 0 or 5:
                m[22] = m[23] = m[24] = 0;
                break;
            case 1:
                m[1] &= 0xF7;
                m[23] &= 0x0F;
                m[24] = 0;
                break;
            case 4:
                m[1] &= 0x1F;
                m[24] = 0;
                break;
        }

        return m;
    }

    public static byte[] Encode(RemoteIdMessage message)
    {
        byte[] bytes = new byte[RemoteIdDecoder.MessageSize];
        RemoteIdEncoder.Encode(message, bytes);
        return bytes;
    }

    public static RemoteIdMessage Decode(byte[] bytes)
    {
        Assert.True(RemoteIdDecoder.TryDecode(bytes, out RemoteIdMessage message, out DecodeError error), error.ToString());
        return message;
    }
}
