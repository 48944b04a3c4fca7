using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Witness;

/// <summary>
/// A witness (c2sp.org/tlog-witness in spirit): it cosigns a log's checkpoint only when the log
/// signed it and it extends the last checkpoint this witness cosigned for the same origin, so that
/// no two clients holding cosigned checkpoints can have been shown different histories.
/// </summary>
/// <remarks>
/// Against the last checkpoint cosigned for the origin: none yet — accept (trust on first use);
/// same size — the roots must be equal; smaller — refuse; larger — a consistency proof from the
/// old size to the new one must verify against both roots (not needed when the old tree was empty).
/// The new checkpoint is saved in the state before its cosignature is returned. The checkpoint's
/// origin must be the log key's name, and the last checkpoint saved for the origin must carry that
/// key's signature, so a second key cannot take over an origin.
/// </remarks>
public sealed class LogWitness
{
    private readonly CosignatureSigner _signer;
    private readonly IWitnessState _state;

    /// <summary>A witness signing with <paramref name="signer"/> (not owned) and remembering in <paramref name="state"/>.</summary>
    public LogWitness(CosignatureSigner signer, IWitnessState state)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(state);
        _signer = signer;
        _state = state;
    }

    /// <summary>The witness's public key, to give to verifiers.</summary>
    public CosignatureVerifier Verifier => _signer.Verifier;

    /// <summary>
    /// Cosigns the checkpoint in <paramref name="signedNote"/> if the log key signed it and it is
    /// consistent with what this witness cosigned before (see the remarks on <see cref="LogWitness"/>).
    /// </summary>
    /// <param name="logKey">The log's key; the checkpoint's origin must be its name.</param>
    /// <param name="signedNote">The checkpoint's signed note as the log issued it.</param>
    /// <param name="proof">The consistency proof from the last cosigned size to this one; needed only when the tree grew.</param>
    public CosignOutcome Cosign(NoteVerifier logKey, string signedNote, ConsistencyProof? proof)
    {
        ArgumentNullException.ThrowIfNull(logKey);
        ArgumentNullException.ThrowIfNull(signedNote);
        if (!SignedCheckpoint.TryParse(signedNote, out SignedCheckpoint? received, out string error))
        {
            return CosignOutcome.Refused(CosignVerdict.MalformedCheckpoint, null, null, $"checkpoint: {error}");
        }

        Checkpoint next = received.Checkpoint;
        if (received.CheckLogSignature(logKey) is { } signatureError)
        {
            return CosignOutcome.Refused(CosignVerdict.BadLogSignature, next, null, signatureError);
        }

        if (next.Origin != logKey.Name)
        {
            return CosignOutcome.Refused(CosignVerdict.WrongOrigin, next, null, $"checkpoint origin is \"{next.Origin}\", the log key's name is \"{logKey.Name}\"");
        }

        if (_state.LastCosigned(next.Origin) is not { } stored)
        {
            return Sign(received, null);
        }

        if (!SignedCheckpoint.TryParse(stored, out SignedCheckpoint? last, out error))
        {
            return CosignOutcome.Refused(CosignVerdict.StateCorrupt, next, null, $"the stored checkpoint for {next.Origin} is unreadable: {error}");
        }

        if (last.Checkpoint.Origin != next.Origin)
        {
            return CosignOutcome.Refused(CosignVerdict.StateCorrupt, next, null, $"the stored checkpoint for {next.Origin} is for \"{last.Checkpoint.Origin}\"");
        }

        Checkpoint previous = last.Checkpoint;
        if (last.CheckLogSignature(logKey) is not null)
        {
            return CosignOutcome.Refused(CosignVerdict.LogKeyChanged, next, previous.Size,
                $"the checkpoint of size {previous.Size} last cosigned for {next.Origin} is not signed by {logKey.Name}+{logKey.KeyId}: the log's key changed");
        }

        if (next.Size < previous.Size)
        {
            return CosignOutcome.Refused(CosignVerdict.Smaller, next, previous.Size, $"checkpoint size {next.Size} is smaller than the {previous.Size} already cosigned");
        }

        if (next.Size == previous.Size)
        {
            return next.RootHash == previous.RootHash
                ? Sign(received, previous.Size)
                : CosignOutcome.Refused(CosignVerdict.Fork, next, previous.Size,
                    $"fork: checkpoint of size {next.Size} has root {next.RootHash}, but this witness cosigned root {previous.RootHash} for that size");
        }

        if (previous.Size > 0)
        {
            if (proof is null)
            {
                return CosignOutcome.Refused(CosignVerdict.ProofRequired, next, previous.Size,
                    $"checkpoint size {next.Size} is larger than the {previous.Size} already cosigned: a consistency proof from {previous.Size} to {next.Size} is needed");
            }

            if (proof.Size1 != previous.Size || proof.Size2 != next.Size)
            {
                return CosignOutcome.Refused(CosignVerdict.ProofRequired, next, previous.Size,
                    $"consistency proof is from {proof.Size1} to {proof.Size2}, want from {previous.Size} to {next.Size}");
            }

            ProofCheck check = ProofVerifier.VerifyConsistency(previous.Size, next.Size, proof.Proof, previous.RootHash, next.RootHash);
            if (!check.Ok)
            {
                return CosignOutcome.Refused(CosignVerdict.BadProof, next, previous.Size,
                    $"consistency proof from {previous.Size} to {next.Size} does not verify: {check.Error}");
            }
        }

        return Sign(received, previous.Size);
    }

    private CosignOutcome Sign(SignedCheckpoint received, long? previousSize)
    {
        Cosignature cosignature = _signer.Sign(received.Checkpoint);
        if (previousSize != received.Checkpoint.Size)
        {
            _state.SaveCosigned(received.Checkpoint.Origin, received.Note.Format());
        }

        return CosignOutcome.Success(received.Checkpoint, cosignature, previousSize);
    }
}
