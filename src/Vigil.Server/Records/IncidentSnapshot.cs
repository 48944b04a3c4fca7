using Vigil.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Records;

/// <summary>
/// The incident records as they stood after one write, immutable, with the answer of
/// <c>GET /api/incidents</c> already serialised: readers share it without a lock, and the next write
/// replaces it whole.
/// </summary>
public sealed class IncidentSnapshot
{
    private static readonly byte[] Head = "{\"incidents\":["u8.ToArray();
    private static readonly byte[] Tail = "]}"u8.ToArray();

    private readonly Dictionary<IncidentRecordId, int> _byId;
    private readonly byte[][] _rows;
    private readonly long?[] _logIndexes;

    private IncidentSnapshot(IncidentRecord[] records, long?[] logIndexes, byte[][] rows, long checkpointSize)
    {
        Records = records;
        _logIndexes = logIndexes;
        _rows = rows;
        CheckpointSize = checkpointSize;
        _byId = new Dictionary<IncidentRecordId, int>(records.Length);
        for (int i = 0; i < records.Length; i++)
        {
            _byId[records[i].Id] = i;
        }

        ListJson = Join(Enumerable.Range(0, rows.Length));
    }

    /// <summary>Every record as it stands, by id.</summary>
    public IReadOnlyList<IncidentRecord> Records { get; }

    /// <summary>The size of the log's latest checkpoint.</summary>
    public long CheckpointSize { get; }

    /// <summary><c>{"incidents": [row, …]}</c>, UTF-8: every record as the list shows it.</summary>
    public byte[] ListJson { get; }

    /// <summary>A snapshot of <paramref name="latest"/> (each record's latest version) against a checkpoint of <paramref name="checkpointSize"/> entries.</summary>
    public static IncidentSnapshot Of(IReadOnlyList<IncidentVersion> latest, long checkpointSize)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var records = new IncidentRecord[latest.Count];
        var indexes = new long?[latest.Count];
        var rows = new byte[latest.Count][];
        for (int i = 0; i < latest.Count; i++)
        {
            (records[i], indexes[i]) = (latest[i].Record, latest[i].LogIndex);
            IncidentRecord r = records[i];
            long? index = indexes[i];
            rows[i] = RecordJson.Build(w => RecordJson.Row(w, r, index, checkpointSize));
        }

        return new IncidentSnapshot(records, indexes, rows, checkpointSize);
    }

    /// <summary>The record <paramref name="id"/> as it stands, and the log index of that version (null until logged).</summary>
    public bool TryGet(IncidentRecordId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IncidentRecord? record, out long? logIndex)
    {
        if (_byId.TryGetValue(id, out int i))
        {
            (record, logIndex) = (Records[i], _logIndexes[i]);
            return true;
        }

        (record, logIndex) = (null, null);
        return false;
    }

    /// <summary>Like <see cref="ListJson"/>, with only the records of <paramref name="status"/> and <paramref name="border"/> (either null: any).</summary>
    public byte[] ListJsonWhere(IncidentStatus? status, string? border)
    {
        if (status is null && border is null)
        {
            return ListJson;
        }

        var chosen = new List<int>();
        for (int i = 0; i < Records.Count; i++)
        {
            IncidentRecord r = Records[i];
            if ((status is null || r.Status == status) && (border is null || string.Equals(r.Border, border, StringComparison.OrdinalIgnoreCase)))
            {
                chosen.Add(i);
            }
        }

        return Join(chosen);
    }

    /// <summary>Whether <paramref name="logIndex"/> is covered by the latest checkpoint.</summary>
    public bool Included(long? logIndex) => logIndex < CheckpointSize;

    private byte[] Join(IEnumerable<int> rows)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Head);
        bool first = true;
        foreach (int i in rows)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(_rows[i]);
            first = false;
        }

        buffer.Write(Tail);
        return buffer.ToArray();
    }
}
