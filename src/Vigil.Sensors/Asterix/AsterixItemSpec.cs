namespace Vigil.Sensors.Asterix;

/// <summary>How an item's length is found (EUROCONTROL-SPEC-0149 Part 1 v2.4 §4.3.5, data item formats).</summary>
internal enum AsterixItemKind
{
    /// <summary>An FRN the UAP leaves spare: its FSPEC bit must be zero.</summary>
    Spare,

    /// <summary>Fixed length.</summary>
    Fixed,

    /// <summary>Parts of <c>Size</c> octets, each ending in an FX bit that announces the next.</summary>
    Extended,

    /// <summary>A one-octet repetition factor, then that many parts of <c>Size</c> octets.</summary>
    Repetitive,

    /// <summary>A one-octet length that counts itself, then the content.</summary>
    Explicit,

    /// <summary>A primary subfield (FX-extended presence bits), then the subfields present.</summary>
    Compound,
}

/// <summary>The layout of one item of a UAP, or of one subfield of a compound item.</summary>
internal sealed record AsterixItemSpec(string Id, AsterixItemKind Kind, int Size = 0, AsterixItemSpec?[]? Subfields = null)
{
    public static AsterixItemSpec F(string id, int size) => new(id, AsterixItemKind.Fixed, size);

    public static AsterixItemSpec X(string id, int size = 1) => new(id, AsterixItemKind.Extended, size);

    public static AsterixItemSpec R(string id, int size) => new(id, AsterixItemKind.Repetitive, size);

    public static AsterixItemSpec E(string id) => new(id, AsterixItemKind.Explicit);

    public static AsterixItemSpec C(string id, params AsterixItemSpec?[] subfields) => new(id, AsterixItemKind.Compound, 0, subfields);

    public static readonly AsterixItemSpec SpareFrn = new("spare", AsterixItemKind.Spare);
}
