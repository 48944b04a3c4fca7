using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>
/// Checks one entry against a signed checkpoint with its inclusion proof, offline: the checkpoint is
/// signed by the log key, the entry's leaf hash is the one the proof is for, the proof is for the
/// checkpoint's tree size, and it leads from the leaf to the checkpoint's root. Every check that
/// can run does, so the report says each thing that fails.
/// </summary>
public static class EntryVerifier
{
    /// <summary>Verifies that <paramref name="entry"/> is in the log at the proof's index, as of <paramref name="checkpoint"/>.</summary>
    /// <param name="entry">The entry's bytes, exactly as appended.</param>
    /// <param name="proof">The inclusion proof, as <c>vigil log prove</c> prints it.</param>
    /// <param name="checkpoint">The log's signed checkpoint.</param>
    /// <param name="logKey">The log's key.</param>
    public static VerificationReport Verify(ReadOnlySpan<byte> entry, InclusionProof proof, SignedCheckpoint checkpoint, NoteVerifier logKey)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(logKey);
        var problems = new List<VerificationProblem>();
        Checkpoint c = checkpoint.Checkpoint;
        if (checkpoint.CheckLogSignature(logKey) is { } signatureError)
        {
            problems.Add(new(ProblemKind.BadLogSignature, signatureError));
        }

        Hash leafHash = Rfc9162.HashLeaf(entry);
        if (leafHash != proof.LeafHash)
        {
            problems.Add(new(ProblemKind.LeafHashMismatch, $"leaf hash of the entry is {leafHash}, the proof is for {proof.LeafHash}: it is not the entry proven"));
        }

        if (proof.TreeSize != c.Size)
        {
            problems.Add(new(ProblemKind.TreeSizeMismatch, $"the proof is for a tree of size {proof.TreeSize}, the checkpoint's size is {c.Size}"));
        }
        else
        {
            ProofCheck check = ProofVerifier.VerifyInclusion(proof.LeafIndex, proof.TreeSize, proof.LeafHash, proof.Proof, c.RootHash);
            if (!check.Ok)
            {
                problems.Add(new(ProblemKind.InclusionFails, $"inclusion proof of entry {proof.LeafIndex} in the tree of size {c.Size} does not lead to the checkpoint's root: {check.Error}"));
            }
        }

        return new VerificationReport(c, problems, 0);
    }
}
