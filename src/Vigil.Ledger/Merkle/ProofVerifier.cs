namespace Vigil.Ledger.Merkle;

/// <summary>
/// Checks inclusion and consistency proofs against roots, as RFC 9162 §2.1.3.2 and §2.1.4.2
/// describe, from the proof and the sizes alone (no access to the log).
/// </summary>
/// <remarks>
/// Stricter than the RFC text where the RFC leaves a case open: the proof must have exactly the
/// length the sizes imply, a consistency proof from the empty tree is rejected, and equal sizes
/// need an empty proof and equal roots. Hashes are 32 bytes by construction of <see cref="Hash"/>.
/// </remarks>
public static class ProofVerifier
{
    /// <summary>
    /// Checks that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of
    /// <paramref name="size"/> leaves whose root is <paramref name="root"/>.
    /// </summary>
    /// <param name="index">The leaf, 0 ≤ index &lt; <paramref name="size"/>.</param>
    /// <param name="size">Leaves in the tree.</param>
    /// <param name="leafHash">The leaf's hash, SHA-256(0x00 ‖ data).</param>
    /// <param name="proof">PATH(index, D[size]), leaf to root.</param>
    /// <param name="root">The tree's root, e.g. from a signed checkpoint.</param>
    public static ProofCheck VerifyInclusion(long index, long size, in Hash leafHash, IReadOnlyList<Hash> proof, in Hash root)
    {
        ProofCheck check = RootFromInclusion(index, size, leafHash, proof, out Hash calculated);
        if (!check.Ok)
        {
            return check;
        }

        return calculated == root
            ? ProofCheck.Valid
            : ProofCheck.Invalid($"calculated root {calculated}, want {root}");
    }

    /// <summary>
    /// The root that <paramref name="proof"/> leads to from <paramref name="leafHash"/> at
    /// <paramref name="index"/> in a tree of <paramref name="size"/> leaves (RFC 9162 §2.1.3.2
    /// steps 1–4): a proof that holds for that root and no other.
    /// </summary>
    /// <param name="index">The leaf, 0 ≤ index &lt; <paramref name="size"/>.</param>
    /// <param name="size">Leaves in the tree.</param>
    /// <param name="leafHash">The leaf's hash, SHA-256(0x00 ‖ data).</param>
    /// <param name="proof">PATH(index, D[size]), leaf to root.</param>
    /// <param name="root">The calculated root; default when the check fails.</param>
    public static ProofCheck RootFromInclusion(long index, long size, in Hash leafHash, IReadOnlyList<Hash> proof, out Hash root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        root = default;
        if (index < 0)
        {
            return ProofCheck.Invalid($"leaf index got {index}, want ≥ 0");
        }

        if (index >= size)
        {
            return ProofCheck.Invalid($"leaf index got {index}, want < tree size {size}");
        }

        int want = ProofShape.InclusionLength(index, size);
        if (proof.Count != want)
        {
            return ProofCheck.Invalid($"proof has {proof.Count} hashes, want {want}");
        }

        // §2.1.3.2: fn walks the leaf's index up the tree, sn the last leaf's; a 1 bit in fn,
        // or fn reaching the right edge (fn == sn), puts the proof hash on the left.
        long fn = index, sn = size - 1;
        Hash r = leafHash;
        for (int i = 0; i < proof.Count; i++)
        {
            if (sn == 0)
            {
                return ProofCheck.Invalid($"proof has {proof.Count} hashes, want {i}");
            }

            Hash p = proof[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                r = Rfc9162.HashChildren(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = Rfc9162.HashChildren(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofCheck.Invalid($"proof ends {64 - long.LeadingZeroCount(sn)} levels below the root, want at the root");
        }

        root = r;
        return ProofCheck.Valid;
    }

    /// <summary>
    /// Checks that the tree of <paramref name="size1"/> leaves with root <paramref name="root1"/>
    /// is a prefix of the tree of <paramref name="size2"/> leaves with root <paramref name="root2"/>.
    /// </summary>
    /// <param name="size1">The older tree, 0 &lt; size1 ≤ <paramref name="size2"/>.</param>
    /// <param name="size2">The newer tree.</param>
    /// <param name="proof">PROOF(size1, D[size2]); empty when the sizes are equal.</param>
    /// <param name="root1">The older tree's root.</param>
    /// <param name="root2">The newer tree's root.</param>
    public static ProofCheck VerifyConsistency(long size1, long size2, IReadOnlyList<Hash> proof, in Hash root1, in Hash root2)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (size2 < size1)
        {
            return ProofCheck.Invalid($"size2 got {size2}, want ≥ size1 {size1}");
        }

        if (size1 <= 0)
        {
            return ProofCheck.Invalid($"size1 got {size1}, want > 0 (a proof from the empty tree proves nothing)");
        }

        if (size1 == size2)
        {
            if (proof.Count != 0)
            {
                return ProofCheck.Invalid($"proof has {proof.Count} hashes, want 0 for equal sizes");
            }

            return root1 == root2
                ? ProofCheck.Valid
                : ProofCheck.Invalid($"root2 {root2}, want root1 {root1} for equal sizes");
        }

        int want = ProofShape.ConsistencyLength(size1, size2);
        if (proof.Count != want)
        {
            return ProofCheck.Invalid($"proof has {proof.Count} hashes, want {want}");
        }

        // §2.1.4.2 step 2: when size1 is a power of 2 the old root is the first node of the path
        // and the proof leaves it out; it is read from root1 here instead of being prepended.
        int skipped = long.IsPow2(size1) ? 1 : 0;
        int length = proof.Count + skipped;
        long fn = size1 - 1, sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        Hash fr = skipped == 1 ? root1 : proof[0];
        Hash sr = fr;
        for (int i = 1; i < length; i++)
        {
            if (sn == 0)
            {
                return ProofCheck.Invalid($"proof has {proof.Count} hashes, want {i - skipped}");
            }

            Hash c = proof[i - skipped];
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = Rfc9162.HashChildren(c, fr);
                sr = Rfc9162.HashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = Rfc9162.HashChildren(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofCheck.Invalid($"proof ends {64 - long.LeadingZeroCount(sn)} levels below the root, want at the root");
        }

        if (fr != root1)
        {
            return ProofCheck.Invalid($"calculated root1 {fr}, want {root1}");
        }

        return sr == root2
            ? ProofCheck.Valid
            : ProofCheck.Invalid($"calculated root2 {sr}, want {root2}");
    }
}
