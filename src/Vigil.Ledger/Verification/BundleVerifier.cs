using System.Globalization;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>
/// Checks a <see cref="Bundle"/> offline and reports every problem it finds, each saying what differs:
/// <list type="number">
/// <item>every checkpoint is signed by the log key and names the bundle's origin (one that is not
/// is reported and then left out: it is no statement by the log);</item>
/// <item>no two checkpoints of one size have different roots (a fork);</item>
/// <item>none of the older checkpoints is larger than the latest;</item>
/// <item>the bundle holds exactly as many entries as the latest checkpoint commits to, and their
/// root is its root; when not, the older checkpoints narrow down where the entries first
/// disagree;</item>
/// <item>every older checkpoint's root is the root of that prefix of the entries (the log only grew);</item>
/// <item>at least the threshold of distinct configured witnesses cosigned the latest checkpoint,
/// and no configured witness's cosignature on it fails.</item>
/// </list>
/// The entry checks need a latest checkpoint signed by the log; without one only the signature
/// problem is reported for it.
/// </summary>
public static class BundleVerifier
{
    /// <summary>Verifies <paramref name="bundle"/>.</summary>
    public static VerificationReport Verify(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var problems = new List<VerificationProblem>();
        Checkpoint latest = bundle.Checkpoint.Checkpoint;
        bool latestSigned = IsLogStatement(bundle, bundle.Checkpoint, problems);
        var older = new List<Checkpoint>();
        foreach (SignedCheckpoint c in bundle.Checkpoints)
        {
            if (IsLogStatement(bundle, c, problems))
            {
                older.Add(c.Checkpoint);
            }
        }

        FindForks(latestSigned ? [latest, .. older] : older, problems);
        if (latestSigned)
        {
            foreach (Checkpoint c in older)
            {
                if (c.Size > latest.Size)
                {
                    problems.Add(new(ProblemKind.NotLatest, $"checkpoint of size {c.Size} is larger than the bundle's latest, of size {latest.Size}: the bundle does not hold the log's latest checkpoint"));
                }
            }

            CheckEntries(bundle, latest, older, problems);
        }

        int witnesses = CheckCosignatures(bundle, latest, problems);
        return new VerificationReport(latest, problems, witnesses);
    }

    private static bool IsLogStatement(Bundle bundle, SignedCheckpoint signed, List<VerificationProblem> problems)
    {
        if (signed.CheckLogSignature(bundle.LogKey) is { } error)
        {
            problems.Add(new(ProblemKind.BadLogSignature, error));
            return false;
        }

        if (signed.Checkpoint.Origin != bundle.Origin)
        {
            problems.Add(new(ProblemKind.WrongOrigin, $"checkpoint of size {signed.Checkpoint.Size}: origin is \"{signed.Checkpoint.Origin}\", the bundle's is \"{bundle.Origin}\""));
            return false;
        }

        return true;
    }

    private static void FindForks(List<Checkpoint> checkpoints, List<VerificationProblem> problems)
    {
        foreach (IGrouping<long, Checkpoint> size in checkpoints.GroupBy(c => c.Size))
        {
            Hash[] roots = [.. size.Select(c => c.RootHash).Distinct()];
            if (roots.Length > 1)
            {
                string count = roots.Length == 2 ? "two" : roots.Length.ToString(CultureInfo.InvariantCulture);
                string list = string.Join(", ", roots[..^1]) + " and " + roots[^1];
                problems.Add(new(ProblemKind.Fork, $"fork: {count} checkpoints of size {size.Key} with roots {list}"));
            }
        }
    }

    private static void CheckEntries(Bundle bundle, Checkpoint latest, List<Checkpoint> older, List<VerificationProblem> problems)
    {
        var tree = new MerkleTree();
        foreach (ReadOnlyMemory<byte> entry in bundle.Entries)
        {
            tree.Append(Rfc9162.HashLeaf(entry.Span));
        }

        long n = tree.Size, size = latest.Size;
        Checkpoint[] prefixes = [.. older.Where(c => c.Size < size && c.Size <= n).OrderBy(c => c.Size)];
        if (n < size)
        {
            problems.Add(new(ProblemKind.EntriesRemoved, $"bundle has {n} entries, the checkpoint commits to {size}: entries were removed{Narrow(tree, prefixes)}"));
            return;
        }

        if (n > size)
        {
            problems.Add(new(ProblemKind.EntriesAdded, $"bundle has {n} entries, the checkpoint commits to {size}: entries were added that it does not cover"));
        }

        Hash root = tree.Root(size);
        if (root != latest.RootHash)
        {
            problems.Add(new(ProblemKind.EntriesRewritten, $"root of the {size} entries is {root}, the checkpoint says {latest.RootHash}: an entry was rewritten or reordered{Narrow(tree, prefixes)}"));
            return;
        }

        foreach (Checkpoint c in prefixes)
        {
            Hash prefix = tree.Root(c.Size);
            if (prefix != c.RootHash)
            {
                problems.Add(new(ProblemKind.HistoryRewritten, $"checkpoint of size {c.Size} has root {c.RootHash}, but the first {c.Size} of the entries the checkpoint of size {size} commits to have root {prefix}: the log did not only grow"));
            }
        }
    }

    /// <summary>Where the entries first disagree with the older checkpoints (smallest first), as a clause to append.</summary>
    private static string Narrow(MerkleTree tree, Checkpoint[] prefixes)
    {
        Checkpoint? agrees = null;
        foreach (Checkpoint c in prefixes)
        {
            if (tree.Root(c.Size) != c.RootHash)
            {
                return agrees is null
                    ? $"; the first {c.Size} entries already disagree with the checkpoint of size {c.Size}"
                    : $"; the first {c.Size} entries already disagree with the checkpoint of size {c.Size}, the first {agrees.Size} agree with the checkpoint of size {agrees.Size}";
            }

            agrees = c;
        }

        return agrees is null ? "" : $"; the first {agrees.Size} entries agree with the checkpoint of size {agrees.Size}";
    }

    private static int CheckCosignatures(Bundle bundle, Checkpoint latest, List<VerificationProblem> problems)
    {
        if (bundle.WitnessKeys.Count == 0)
        {
            return 0;
        }

        NoteVerification result = new NoteVerifierSet(bundle.WitnessKeys).Verify(bundle.Checkpoint.Note);
        foreach (NoteSignature failed in result.Failed)
        {
            problems.Add(new(ProblemKind.BadCosignature, $"cosignature by {failed.Name} does not verify on the checkpoint of size {latest.Size}"));
        }

        int cosigned = result.Verified.Select(s => (s.Name, s.KeyId)).Distinct().Count();
        if (cosigned < bundle.Threshold)
        {
            problems.Add(new(ProblemKind.TooFewWitnesses, $"{cosigned} of {bundle.WitnessKeys.Count} witnesses cosigned, need {bundle.Threshold}"));
        }

        return cosigned;
    }
}
