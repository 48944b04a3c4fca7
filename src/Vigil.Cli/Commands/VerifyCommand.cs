using System.CommandLine;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil verify BUNDLE.json</c>, or <c>vigil verify --entry E --proof P --checkpoint C --log-key K</c>:
/// checks a log bundle, or one entry, offline. Prints one JSON line on stdout, <c>{"ok": true, …}</c>
/// (exit 0) or <c>{"ok": false, "problems": […]}</c> with each problem also on stderr (exit 1);
/// a malformed input exits with 2.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var bundle = new Argument<FileInfo?>("bundle") { Description = "A bundle, as 'vigil log export' writes it.", Arity = ArgumentArity.ZeroOrOne };
        var entry = new Option<string?>("--entry") { Description = "The entry: a file with its bytes, or their standard base64." };
        var proof = new Option<FileInfo?>("--proof") { Description = "Its inclusion proof (as 'vigil log prove' prints it)." };
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "The log's signed checkpoint (as 'vigil log checkpoint' prints it)." };
        var logKey = new Option<string?>("--log-key") { Description = "The log's verifier key (vkey)." };
        var command = new Command("verify", "Verify a log bundle, or one entry with its inclusion proof, offline.") { bundle, entry, proof, checkpoint, logKey };
        command.SetAction(parse =>
        {
            string? file = parse.GetValue(bundle)?.FullName, entryValue = parse.GetValue(entry), key = parse.GetValue(logKey);
            string? proofFile = parse.GetValue(proof)?.FullName, checkpointFile = parse.GetValue(checkpoint)?.FullName;
            bool anyEntryOption = entryValue is not null || proofFile is not null || checkpointFile is not null || key is not null;
            if (file is not null)
            {
                if (anyEntryOption)
                {
                    Console.Error.WriteLine("vigil: verify takes a bundle or --entry, --proof, --checkpoint and --log-key, not both");
                    return Program.BadInput;
                }

                return VerifyBundle(file);
            }

            string[] missing = [.. new[] { ("--entry", entryValue), ("--proof", proofFile), ("--checkpoint", checkpointFile), ("--log-key", key) }
                .Where(o => o.Item2 is null).Select(o => o.Item1)];
            if (missing.Length > 0)
            {
                Console.Error.WriteLine($"vigil: verify needs a bundle file, or --entry, --proof, --checkpoint and --log-key (missing {string.Join(", ", missing)})");
                return Program.BadInput;
            }

            return VerifyEntry(entryValue!, proofFile!, checkpointFile!, key!);
        });
        return command;
    }

    private static int VerifyBundle(string path)
    {
        if (LedgerInput.Bundle(path) is not { } bundle)
        {
            return Program.BadInput;
        }

        VerificationReport report = BundleVerifier.Verify(bundle);
        return Report(report, w =>
        {
            w.WriteNumber("witnesses", report.Witnesses);
            w.WriteNumber("threshold", bundle.Threshold);
            w.WriteNumber("checkpoints", bundle.Checkpoints.Count);
            w.WriteNumber("entries", bundle.Entries.Count);
        });
    }

    private static int VerifyEntry(string entryValue, string proofFile, string checkpointFile, string keyText)
    {
        // Read every input before failing, so one run names every malformed one.
        NoteVerifier? key = LedgerInput.LogKey(keyText, "--log-key");
        byte[]? entry = LedgerInput.Entry(entryValue, "--entry");
        InclusionProof? proof = LedgerInput.Inclusion(proofFile);
        SignedCheckpoint? checkpoint = LedgerInput.Checkpoint(checkpointFile);
        if (key is null || entry is null || proof is null || checkpoint is null)
        {
            return Program.BadInput;
        }

        return Report(EntryVerifier.Verify(entry, proof, checkpoint, key), w =>
        {
            w.WriteNumber("leafIndex", proof.LeafIndex);
            w.WriteString("leafHash", proof.LeafHash.ToBase64());
        });
    }

    private static int Report(VerificationReport report, Action<Utf8JsonWriter> details)
    {
        foreach (VerificationProblem problem in report.Problems)
        {
            Console.Error.WriteLine($"vigil: {problem.Message}");
        }

        using (var w = new Utf8JsonWriter(Console.OpenStandardOutput(), Json.Line))
        {
            w.WriteStartObject();
            w.WriteBoolean("ok", report.Ok);
            if (report.Ok)
            {
                w.WriteString("origin", report.Checkpoint.Origin);
                w.WriteNumber("treeSize", report.Checkpoint.Size);
                w.WriteString("root", report.Checkpoint.RootHash.ToBase64());
                details(w);
            }
            else
            {
                w.WriteStartArray("problems");
                foreach (VerificationProblem problem in report.Problems)
                {
                    w.WriteStringValue(problem.Message);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        Console.WriteLine();
        return report.Ok ? Program.Ok : Program.Failed;
    }
}
