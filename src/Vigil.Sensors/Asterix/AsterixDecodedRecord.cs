namespace Vigil.Sensors.Asterix;

/// <summary>One decoded record of any category: exactly one of the category properties is set.</summary>
public sealed class AsterixDecodedRecord
{
    /// <summary>Wraps a record found at <paramref name="info"/>.</summary>
    public AsterixDecodedRecord(AsterixRecordInfo info) => Info = info;

    /// <summary>Where the record sits in its datagram.</summary>
    public AsterixRecordInfo Info { get; }

    /// <summary>The CAT048 record (a copy of the one the decoder filled), when the category is 48.</summary>
    public Cat048Record? Cat048 { get; init; }

    /// <summary>The CAT034 record, when the category is 34.</summary>
    public Cat034Record? Cat034 { get; init; }

    /// <summary>The CAT062 record, when the category is 62.</summary>
    public Cat062Record? Cat062 { get; init; }

    /// <summary>The CAT065 record, when the category is 65.</summary>
    public Cat065Record? Cat065 { get; init; }
}
