using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Ledger.Log;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>
/// Everything needed to check a log offline, with no access to it: its key, the witnesses to
/// trust, its latest checkpoint with cosignatures, the older checkpoints it issued, and every
/// entry the latest checkpoint commits to. <see cref="BundleVerifier"/> checks it.
/// </summary>
/// <remarks>
/// The JSON form (UTF-8, one object; other properties are ignored):
/// <list type="bullet">
/// <item><c>origin</c>: the log's origin, the first line of its checkpoints.</item>
/// <item><c>logKey</c>: the log's verifier key (C2SP signed-note vkey, Ed25519).</item>
/// <item><c>witnesses</c>: <c>{"keys": [vkey, …], "threshold": K}</c>, the witnesses' cosignature/v1
/// verifier keys, and how many distinct ones must have cosigned the latest checkpoint (0 … the number of keys).</item>
/// <item><c>checkpoint</c>: the signed note of the latest checkpoint, with its cosignatures.</item>
/// <item><c>checkpoints</c>: the signed notes of older checkpoints, smallest first (may be empty).</item>
/// <item><c>entries</c>: the first <c>size</c> entries of the log, where <c>size</c> is the latest
/// checkpoint's, each as standard base64 of its bytes exactly as appended.</item>
/// </list>
/// </remarks>
public sealed class Bundle
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps '+' and '—' readable; the file is not HTML
    };

    private readonly CosignatureVerifier[] _witnessKeys;
    private readonly SignedCheckpoint[] _checkpoints;
    private readonly ReadOnlyMemory<byte>[] _entries;

    /// <summary>A bundle with these parts.</summary>
    /// <exception cref="ArgumentException">The origin is empty, or two witness keys are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or more than the number of witness keys.</exception>
    public Bundle(
        string origin,
        NoteVerifier logKey,
        IEnumerable<CosignatureVerifier> witnessKeys,
        int threshold,
        SignedCheckpoint checkpoint,
        IEnumerable<SignedCheckpoint> checkpoints,
        IEnumerable<ReadOnlyMemory<byte>> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(origin);
        ArgumentNullException.ThrowIfNull(logKey);
        ArgumentNullException.ThrowIfNull(witnessKeys);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(entries);
        CosignatureVerifier[] keys = [.. witnessKeys];
        if (DuplicateKey(keys) is { } duplicate)
        {
            throw new ArgumentException($"witness keys {duplicate.First} and {duplicate.Second} are the same key", nameof(witnessKeys));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, keys.Length);
        Origin = origin;
        LogKey = logKey;
        _witnessKeys = keys;
        Threshold = threshold;
        Checkpoint = checkpoint;
        _checkpoints = [.. checkpoints];
        _entries = [.. entries];
    }

    /// <summary>The log's origin.</summary>
    public string Origin { get; }

    /// <summary>The log's key.</summary>
    public NoteVerifier LogKey { get; }

    /// <summary>The witnesses whose cosignatures count, no key twice.</summary>
    public IReadOnlyList<CosignatureVerifier> WitnessKeys => _witnessKeys;

    /// <summary>How many distinct witnesses of <see cref="WitnessKeys"/> must have cosigned <see cref="Checkpoint"/>, 0 … their number.</summary>
    public int Threshold { get; }

    /// <summary>The latest checkpoint, with its cosignatures.</summary>
    public SignedCheckpoint Checkpoint { get; }

    /// <summary>Older checkpoints.</summary>
    public IReadOnlyList<SignedCheckpoint> Checkpoints => _checkpoints;

    /// <summary>The entries, in log order, from index 0.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Entries => _entries;

    /// <summary>
    /// The bundle of <paramref name="log"/> at its latest checkpoint: every stored checkpoint, and
    /// the entries up to the latest one's size. Fails when the log has issued no checkpoint or the
    /// witness settings are wrong.
    /// </summary>
    /// <exception cref="InvalidDataException">A stored checkpoint does not parse.</exception>
    public static bool TryExport(TransparencyLog log, IEnumerable<CosignatureVerifier> witnessKeys, int threshold, [NotNullWhen(true)] out Bundle? bundle, out string error)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(witnessKeys);
        bundle = null;
        CosignatureVerifier[] keys = [.. witnessKeys];
        if (DuplicateKey(keys) is { } duplicate)
        {
            error = $"witness keys {duplicate.First} and {duplicate.Second} are the same key";
            return false;
        }

        if (threshold < 0 || threshold > keys.Length)
        {
            error = $"threshold got {threshold}, want 0 … {keys.Length} (the number of witness keys)";
            return false;
        }

        if (log.Store.LatestCheckpoint() is not { } latestNote)
        {
            error = "the log has issued no checkpoint yet (run 'vigil log checkpoint')";
            return false;
        }

        SignedCheckpoint latest = Stored(latestNote);
        var older = new List<SignedCheckpoint>();
        foreach (long size in log.Store.CheckpointSizes())
        {
            if (size < latest.Checkpoint.Size && log.Store.Checkpoint(size) is { } note)
            {
                older.Add(Stored(note));
            }
        }

        var entries = new ReadOnlyMemory<byte>[checked((int)latest.Checkpoint.Size)];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = log.Store.Leaf(i);
        }

        bundle = new Bundle(log.Origin, log.Verifier, keys, threshold, latest, older, entries);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Parses the JSON form. Fails on bad JSON (with line and byte), a missing field, a value of the
    /// wrong type, bad base64, a key or note that does not parse, or a threshold out of range; the
    /// error names the JSON path, e.g. <c>$.entries[3]: not canonical base64</c>. Says nothing about
    /// signatures or roots: that is <see cref="BundleVerifier"/>'s job.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out Bundle? bundle, out string error)
    {
        bundle = null;
        if (!JsonInput.TryParseObject(utf8Json, out JsonDocument? document, out error))
        {
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (!JsonInput.TryString(root, "$", "origin", out string? origin, out error))
            {
                return false;
            }

            if (origin.Length == 0)
            {
                error = "$.origin: empty";
                return false;
            }

            if (!JsonInput.TryString(root, "$", "logKey", out string? logKeyText, out error))
            {
                return false;
            }

            if (!NoteVerifier.TryParse(logKeyText, out NoteVerifier? logKey, out error))
            {
                error = $"$.logKey: {error}";
                return false;
            }

            if (!TryWitnesses(root, out CosignatureVerifier[]? keys, out int threshold, out error)
                || !JsonInput.TryProperty(root, "$", "checkpoint", JsonValueKind.String, out JsonElement latest, out error)
                || !TryCheckpoint(latest, "$.checkpoint", out SignedCheckpoint? checkpoint, out error)
                || !JsonInput.TryArray(root, "$", "checkpoints", out JsonElement[] olderItems, out error))
            {
                return false;
            }

            var older = new SignedCheckpoint[olderItems.Length];
            for (int i = 0; i < older.Length; i++)
            {
                if (!TryCheckpoint(olderItems[i], JsonInput.Index("$", "checkpoints", i), out older[i]!, out error))
                {
                    return false;
                }
            }

            if (!JsonInput.TryArray(root, "$", "entries", out JsonElement[] entryItems, out error))
            {
                return false;
            }

            var entries = new ReadOnlyMemory<byte>[entryItems.Length];
            for (int i = 0; i < entries.Length; i++)
            {
                if (!JsonInput.TryBytes(entryItems[i], JsonInput.Index("$", "entries", i), out byte[]? bytes, out error))
                {
                    return false;
                }

                entries[i] = bytes;
            }

            bundle = new Bundle(origin, logKey, keys, threshold, checkpoint, older, entries);
            return true;
        }
    }

    /// <summary>Writes the JSON form, indented, as UTF-8.</summary>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, WriterOptions);
        w.WriteStartObject();
        w.WriteString("origin", Origin);
        w.WriteString("logKey", LogKey.VerifierKey);
        w.WriteStartObject("witnesses");
        w.WriteStartArray("keys");
        foreach (CosignatureVerifier key in _witnessKeys)
        {
            w.WriteStringValue(key.VerifierKey);
        }

        w.WriteEndArray();
        w.WriteNumber("threshold", Threshold);
        w.WriteEndObject();
        w.WriteString("checkpoint", Checkpoint.Note.Format());
        w.WriteStartArray("checkpoints");
        foreach (SignedCheckpoint c in _checkpoints)
        {
            w.WriteStringValue(c.Note.Format());
        }

        w.WriteEndArray();
        w.WriteStartArray("entries");
        foreach (ReadOnlyMemory<byte> entry in _entries)
        {
            w.WriteBase64StringValue(entry.Span);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        utf8Json.WriteByte((byte)'\n');
    }

    private static bool TryWitnesses(JsonElement root, [NotNullWhen(true)] out CosignatureVerifier[]? keys, out int threshold, out string error)
    {
        keys = null;
        threshold = 0;
        if (!JsonInput.TryProperty(root, "$", "witnesses", JsonValueKind.Object, out JsonElement witnesses, out error)
            || !JsonInput.TryArray(witnesses, "$.witnesses", "keys", out JsonElement[] items, out error))
        {
            return false;
        }

        var parsed = new CosignatureVerifier[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            string at = JsonInput.Index("$.witnesses", "keys", i);
            if (!JsonInput.TryText(items[i], at, out string? key, out error))
            {
                return false;
            }

            if (!CosignatureVerifier.TryParse(key, out parsed[i]!, out error))
            {
                error = $"{at}: {error}";
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (Same(parsed[j], parsed[i]))
                {
                    error = $"{at}: the same key as {JsonInput.Index("$.witnesses", "keys", j)}";
                    return false;
                }
            }
        }

        if (!JsonInput.TryInteger(witnesses, "$.witnesses", "threshold", 0, parsed.Length, out long k, out error))
        {
            return false;
        }

        keys = parsed;
        threshold = (int)k;
        return true;
    }

    private static bool TryCheckpoint(JsonElement value, string at, [NotNullWhen(true)] out SignedCheckpoint? checkpoint, out string error)
    {
        checkpoint = null;
        if (!JsonInput.TryText(value, at, out string? note, out error))
        {
            return false;
        }

        if (!SignedCheckpoint.TryParse(note, out checkpoint, out error))
        {
            error = $"{at}: {error}";
            return false;
        }

        return true;
    }

    private static SignedCheckpoint Stored(string note) => SignedCheckpoint.TryParse(note, out SignedCheckpoint? parsed, out string error)
        ? parsed
        : throw new InvalidDataException($"a stored checkpoint does not parse: {error}");

    private static bool Same(CosignatureVerifier a, CosignatureVerifier b) => a.Name == b.Name && a.KeyId == b.KeyId;

    private static (string First, string Second)? DuplicateKey(CosignatureVerifier[] keys)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
            for (int j = 0; j < i; j++)
            {
                if (Same(keys[j], keys[i]))
                {
                    return (keys[j].VerifierKey, keys[i].VerifierKey);
                }
            }
        }

        return null;
    }
}
