using System.Buffers.Binary;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Vigil's own content for the Special Purpose field (SP, the explicit item at CAT048 FRN 27): ASTERIX leaves
/// its content to the users, and this layout is Vigil's, not EUROCONTROL's. The content (after the SP length
/// octet) is a sequence of entries, each the octet 'V' (0x56), a type octet, and a payload whose length the
/// type fixes. One type is defined:
/// <list type="bullet">
/// <item><description>'R' (0x52), radar cross-section: a signed 16-bit big-endian number of 1/100 dBsm
/// (−327.68 to +327.67 dBsm). A plot of −12.34 dBsm carries the SP item <c>05 56 52 FB 2E</c>.</description></item>
/// </list>
/// Reading stops at the first entry that is not Vigil's, so content from other sources reads as "no RCS".
/// </summary>
public static class VigilSpecialPurpose
{
    /// <summary>The octet that starts every Vigil entry.</summary>
    public const byte Marker = (byte)'V';

    /// <summary>The type octet of the radar cross-section entry.</summary>
    public const byte RcsType = (byte)'R';

    /// <summary>Length of the radar cross-section entry: marker, type, two payload octets.</summary>
    public const int RcsEntryLength = 4;

    /// <summary>Finds the radar cross-section entry in SP content; false when there is none.</summary>
    public static bool TryReadRcs(ReadOnlySpan<byte> content, out double rcsDbsm)
    {
        int at = 0;
        while (content.Length - at >= 2 && content[at] == Marker)
        {
            if (content[at + 1] == RcsType)
            {
                if (content.Length - at < RcsEntryLength)
                {
                    break;
                }

                rcsDbsm = BinaryPrimitives.ReadInt16BigEndian(content[(at + 2)..]) / 100.0;
                return true;
            }

            break; // An unknown Vigil type: its length is unknown, so nothing after it can be found.
        }

        rcsDbsm = double.NaN;
        return false;
    }

    /// <summary>
    /// Writes the radar cross-section entry into <paramref name="destination"/> (at least <see cref="RcsEntryLength"/>
    /// bytes), rounding to 1/100 dBsm and saturating to the field; returns the bytes written.
    /// </summary>
    /// <exception cref="ArgumentException">The destination is too short or the value is NaN.</exception>
    public static int WriteRcs(double rcsDbsm, Span<byte> destination)
    {
        if (destination.Length < RcsEntryLength)
        {
            throw new ArgumentException($"Needs {RcsEntryLength} bytes, got {destination.Length}.", nameof(destination));
        }

        if (double.IsNaN(rcsDbsm))
        {
            throw new ArgumentException("The radar cross-section is NaN.", nameof(rcsDbsm));
        }

        destination[0] = Marker;
        destination[1] = RcsType;
        BinaryPrimitives.WriteInt16BigEndian(destination[2..], (short)AsterixBits.QuantiseSigned(rcsDbsm, 0.01, 16));
        return RcsEntryLength;
    }
}
