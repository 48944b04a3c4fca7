namespace Vigil.Sensors.Asterix;

/// <summary>Everything decoded from one datagram, in order, and every rejection.</summary>
public sealed class AsterixDecodeResult
{
    private readonly List<AsterixDecodedRecord> _records = [];

    /// <summary>The records, in datagram order.</summary>
    public IReadOnlyList<AsterixDecodedRecord> Records => _records;

    /// <summary>The rejections, each with its offset and a reason.</summary>
    public List<DecodeError> Errors { get; } = [];

    /// <summary>Data blocks seen (including rejected ones).</summary>
    public int Blocks { get; internal set; }

    internal void Add(AsterixDecodedRecord record) => _records.Add(record);
}
