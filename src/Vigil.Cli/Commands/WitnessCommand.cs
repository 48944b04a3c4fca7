using System.CommandLine;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;
using Vigil.Ledger.Witness;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil witness init|cosign --state DIR</c>: a witness that cosigns a log's checkpoints only while
/// the log keeps growing one history (see <see cref="LogWitness"/>). Refusals exit with 2 and say why.
/// </summary>
internal static class WitnessCommand
{
    public static Command Create(TimeProvider clock)
    {
        var state = new Option<DirectoryInfo>("--state") { Description = "The witness's directory: its key and the last checkpoint cosigned for each log.", Required = true };
        var name = new Option<string>("--name") { Description = "The witness's key name, e.g. witness.example.org/w1.", Required = true };
        var logKey = new Option<string>("--log-key") { Description = "The log's verifier key (vkey, as 'vigil log key' prints it).", Required = true };
        var checkpoint = new Option<FileInfo>("--checkpoint") { Description = "The log's signed checkpoint (as 'vigil log checkpoint' prints it).", Required = true };
        var proof = new Option<FileInfo?>("--proof") { Description = "Consistency proof from the size last cosigned to this one (as 'vigil log consistency' prints it)." };

        var init = new Command("init", "Create the witness's key in DIR/witness.key (mode 600); prints its verifier key.") { state, name };
        init.SetAction(parse =>
        {
            if (!WitnessDirectory.TryCreateKey(parse.GetValue(state)!.FullName, parse.GetValue(name)!, out CosignatureVerifier? verifier, out string error))
            {
                Console.Error.WriteLine($"vigil: {error}");
                return Program.BadInput;
            }

            Console.WriteLine(verifier.VerifierKey);
            return Program.Ok;
        });

        var cosign = new Command("cosign", "Check a checkpoint against the last one cosigned for its log and cosign it; prints the cosignature line.") { state, logKey, checkpoint, proof };
        cosign.SetAction(parse => Cosign(
            parse.GetValue(state)!.FullName, parse.GetValue(logKey)!, parse.GetValue(checkpoint)!.FullName, parse.GetValue(proof)?.FullName, clock));

        return new Command("witness", "A witness: cosigns a log's checkpoints while the log only grows.") { init, cosign };
    }

    private static int Cosign(string directory, string logKeyText, string checkpointPath, string? proofPath, TimeProvider clock)
    {
        NoteVerifier? logKey = LedgerInput.LogKey(logKeyText, "--log-key");
        string? note = logKey is null ? null : LedgerInput.CheckpointText(checkpointPath);
        ConsistencyProof? proof = proofPath is null || note is null ? null : LedgerInput.Consistency(proofPath);
        if (note is null || (proofPath is not null && proof is null))
        {
            return Program.BadInput;
        }

        // A missing directory or key is a wrong --state (2); a locked directory or an unreadable key is not (1).
        if (!WitnessDirectory.TryOpen(directory, out WitnessDirectory? opened, out string error))
        {
            Console.Error.WriteLine($"vigil: {error}");
            return Directory.Exists(directory) ? Program.Failed : Program.BadInput;
        }

        using (opened)
        {
            if (!opened.TryLoadSigner(clock, out CosignatureSigner? signer, out error))
            {
                Console.Error.WriteLine($"vigil: {error}");
                return File.Exists(Path.Combine(directory, WitnessDirectory.KeyFileName)) ? Program.Failed : Program.BadInput;
            }

            using (signer)
            {
                CosignOutcome outcome = new LogWitness(signer, opened).Cosign(logKey!, note, proof);
                if (!outcome.Cosigned)
                {
                    Console.Error.WriteLine($"vigil: witness refuses: {outcome.Error}");
                    return outcome.Verdict == CosignVerdict.StateCorrupt ? Program.Failed : Program.BadInput;
                }

                Console.Write(outcome.Cosignature!.ToNoteSignature().ToLine());
                return Program.Ok;
            }
        }
    }
}
