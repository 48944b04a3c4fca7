using System.CommandLine;
using System.Text.Json;
using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;
using Vigil.Cli.Output;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil log …</c>: the transparency log in the embedded database. Hashes and leaf bytes are
/// standard base64 in the JSON outputs; every output is one JSON object on one line, except the
/// checkpoint and the key, which are printed in their own formats.
/// </summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var origin = new Option<string?>("--origin") { Description = $"The log's origin, when this call creates the log (default {TransparencyLog.DefaultOrigin})." };
        var index = new Option<long>("--index") { Description = "Entry index (from 0).", Required = true };
        var size = new Option<long?>("--size") { Description = "Tree size (default: the log's size)." };
        var from = new Option<long>("--from") { Description = "The smaller tree size.", Required = true };
        var to = new Option<long?>("--to") { Description = "The larger tree size (default: the log's size)." };
        var witnessKey = new Option<string>("--witness-key") { Description = "The witness's verifier key (vkey).", Required = true };
        var line = new Option<string>("--signature") { Description = "The witness's cosignature line ('— name base64').", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The bundle file to write.", Required = true };
        var witnessKeys = new Option<string[]>("--witness-key") { Description = "A witness's verifier key (vkey) whose cosignatures count; repeat for each witness." };
        var threshold = new Option<int?>("--threshold") { Description = "How many of those witnesses must have cosigned the latest checkpoint (default: all)." };

        var append = new Command("append", "Append NDJSON entries from stdin; prints {\"index\", \"leafHash\"} per entry once durable.") { db, origin };
        append.SetAction(parse => Run(parse, db, origin, log =>
            LogAppend.RunAsync(log, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error).GetAwaiter().GetResult()));

        var checkpoint = new Command("checkpoint", "Print the signed checkpoint of the log as it stands (issued now if new).") { db, origin };
        checkpoint.SetAction(parse => Run(parse, db, origin, log =>
        {
            Console.Write(log.Checkpoint().Format());
            return Program.Ok;
        }));

        var key = new Command("key", "Print the log's verifier key (C2SP vkey).") { db, origin };
        key.SetAction(parse => Run(parse, db, origin, log =>
        {
            Console.WriteLine(log.Verifier.VerifierKey);
            return Program.Ok;
        }));

        var leaf = new Command("leaf", "Print an entry's bytes: {\"index\", \"leaf\"}.") { db, index };
        leaf.SetAction(parse => Run(parse, db, null, log =>
        {
            long i = parse.GetValue(index);
            return InRange(i, 0, log.Size - 1, "--index") ?? Json(w =>
            {
                w.WriteNumber("index", i);
                w.WriteBase64String("leaf", log.Store.Leaf(i));
            });
        }));

        var prove = new Command("prove", "Print an inclusion proof: {\"leafIndex\", \"treeSize\", \"leafHash\", \"proof\"}.") { db, index, size };
        prove.SetAction(parse => Run(parse, db, null, log =>
        {
            long n = parse.GetValue(size) ?? log.Size, i = parse.GetValue(index);
            return InRange(n, 1, log.Size, "--size") ?? InRange(i, 0, n - 1, "--index") ?? Json(w =>
            {
                w.WriteNumber("leafIndex", i);
                w.WriteNumber("treeSize", n);
                w.WriteString("leafHash", log.LeafHash(i).ToBase64());
                Hashes(w, "proof", log.Inclusion(i, n));
            });
        }));

        var consistency = new Command("consistency", "Print a consistency proof: {\"size1\", \"size2\", \"proof\"}.") { db, from, to };
        consistency.SetAction(parse => Run(parse, db, null, log =>
        {
            long n = parse.GetValue(to) ?? log.Size, m = parse.GetValue(from);
            return InRange(n, 1, log.Size, "--to") ?? InRange(m, 1, n, "--from") ?? Json(w =>
            {
                w.WriteNumber("size1", m);
                w.WriteNumber("size2", n);
                Hashes(w, "proof", log.Consistency(m, n));
            });
        }));

        var cosign = new Command("add-cosignature", "Add a witness's cosignature to the stored checkpoint it signs; prints the checkpoint.") { db, size, witnessKey, line };
        cosign.SetAction(parse => Run(parse, db, null, log =>
        {
            string text = parse.GetValue(line)!;
            if (!CosignatureVerifier.TryParse(parse.GetValue(witnessKey)!, out CosignatureVerifier? witness, out string error)
                || !NoteSignature.TryParse(text.EndsWith('\n') ? text : text + "\n", out NoteSignature? signature, out error))
            {
                Console.Error.WriteLine($"vigil: {error}");
                return Program.BadInput;
            }

            SignedNote? note = log.AddCosignature(parse.GetValue(size) ?? log.Size, witness, signature, out error);
            if (note is null)
            {
                Console.Error.WriteLine($"vigil: {error}");
                return Program.BadInput;
            }

            Console.Write(note.Format());
            return Program.Ok;
        }));

        var export = new Command("export", "Write a bundle for offline verification: the log's key, the witnesses, every checkpoint, the entries of the latest.") { db, output, witnessKeys, threshold };
        export.SetAction(parse => Run(parse, db, null, log => Export(log, parse.GetValue(output)!.FullName, parse.GetValue(witnessKeys) ?? [], parse.GetValue(threshold))));

        return new Command("log", "The transparency log: append, checkpoints, proofs, export.") { append, checkpoint, key, leaf, prove, consistency, cosign, export };
    }

    private static int Export(TransparencyLog log, string path, string[] keyTexts, int? threshold)
    {
        var keys = new List<CosignatureVerifier>();
        foreach (string text in keyTexts)
        {
            if (LedgerInput.WitnessKey(text, "--witness-key") is not { } k)
            {
                return Program.BadInput;
            }

            keys.Add(k);
        }

        if (!Bundle.TryExport(log, keys, threshold ?? keys.Count, out Bundle? bundle, out string error))
        {
            Console.Error.WriteLine($"vigil: {error}");
            return Program.BadInput;
        }

        AtomicFile.Write(path, bundle.WriteTo);
        return Json(w =>
        {
            w.WriteString("bundle", path);
            w.WriteString("origin", bundle.Origin);
            w.WriteNumber("treeSize", bundle.Checkpoint.Checkpoint.Size);
            w.WriteNumber("checkpoints", bundle.Checkpoints.Count);
            w.WriteNumber("witnesses", keys.Count);
            w.WriteNumber("threshold", bundle.Threshold);
        });
    }

    private static int Run(ParseResult parse, Option<FileInfo?> db, Option<string?>? origin, Func<TransparencyLog, int> action)
    {
        string path = parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase;
        using SqliteLog store = SqliteLog.Open(path);
        string? wanted = origin is null ? null : parse.GetValue(origin);
        if (wanted is not null && store.GetMeta(TransparencyLog.OriginKey) is { } stored && stored != wanted)
        {
            Console.Error.WriteLine($"vigil: {path}: the log's origin is \"{stored}\", not \"{wanted}\"");
            return Program.BadInput;
        }

        using TransparencyLog log = TransparencyLog.Open(store, wanted);
        return action(log);
    }

    /// <summary>Null if <paramref name="value"/> is in [min, max], else the exit code after saying what is wrong.</summary>
    private static int? InRange(long value, long min, long max, string option)
    {
        if (value >= min && value <= max)
        {
            return null;
        }

        Console.Error.WriteLine(max < min
            ? $"vigil: {option} got {value}, but the log has too few entries"
            : $"vigil: {option} got {value}, want {min} … {max}");
        return Program.BadInput;
    }

    private static int Json(Action<Utf8JsonWriter> write)
    {
        using (var w = new Utf8JsonWriter(Console.OpenStandardOutput(), Output.Json.Line))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        Console.WriteLine();
        return Program.Ok;
    }

    private static void Hashes(Utf8JsonWriter w, string name, Hash[] hashes)
    {
        w.WriteStartArray(name);
        foreach (Hash h in hashes)
        {
            w.WriteStringValue(h.ToBase64());
        }

        w.WriteEndArray();
    }
}
