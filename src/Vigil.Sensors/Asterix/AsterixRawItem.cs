namespace Vigil.Sensors.Asterix;

/// <summary>
/// Where one item (or one subfield of a compound item) sits in its record's bytes, as found by the UAP:
/// the low-rate categories keep their records as bytes plus these slices and read typed values from them.
/// </summary>
public sealed class AsterixRawItem
{
    internal AsterixRawItem(string id, int offset, int length, AsterixRawItem?[]? subfields)
    {
        Id = id;
        Offset = offset;
        Length = length;
        Subfields = subfields;
    }

    /// <summary>The item's short name, e.g. "I062/380", or the subfield's, e.g. "ADR".</summary>
    public string Id { get; }

    /// <summary>Offset of the item in the record's bytes (FSPEC included); for a subfield, of the subfield.</summary>
    public int Offset { get; }

    /// <summary>Length in bytes; for a compound item, primary subfield included.</summary>
    public int Length { get; }

    /// <summary>For a compound item, its subfields by number (index 0 is subfield #1), null where absent; otherwise null.</summary>
    public IReadOnlyList<AsterixRawItem?>? Subfields { get; }

    /// <summary>Subfield number <paramref name="number"/> (from 1), or null when absent or not compound.</summary>
    public AsterixRawItem? Subfield(int number) =>
        Subfields is { } s && number >= 1 && number <= s.Count ? s[number - 1] : null;
}
