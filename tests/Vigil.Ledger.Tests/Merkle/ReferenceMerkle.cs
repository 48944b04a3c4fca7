using System.Security.Cryptography;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>
/// RFC 9162 §2.1 written out as recursive definitions over a list of leaf data, with no
/// shortcuts and no code shared with Vigil.Ledger: MTH (§2.1.1), PATH (§2.1.3.1) and
/// PROOF/SUBPROOF (§2.1.4.1). A sublist D[a:b] is a window on the list; MTH values are memoised
/// by window, which changes nothing but the running time. Only for cross-checking.
/// </summary>
internal sealed class ReferenceMerkle(IReadOnlyList<byte[]> leaves)
{
    private readonly Dictionary<(int Start, int Count), byte[]> _mth = [];

    /// <summary>MTH(D[0:n]).</summary>
    public byte[] Mth(int n) => Mth(new Window(0, n));

    /// <summary>MTH(D[start:start+n]).</summary>
    public byte[] Mth(int start, int n) => Mth(new Window(start, n));

    /// <summary>PATH(m, D[0:n]), leaf to root.</summary>
    public List<byte[]> Path(int m, int n) => Path(m, new Window(0, n));

    /// <summary>PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true).</summary>
    public List<byte[]> Proof(int m, int n) => SubProof(m, new Window(0, n), true);

    /// <summary>
    /// Which side each hash of PATH(m, D[n]) joins on, 'L' or 'R', leaf to root: the whole of
    /// what a verifier does with the proof, so two (m, n) with equal sides verify alike.
    /// </summary>
    public static string PathSides(long m, long n)
    {
        if (n == 1)
        {
            return "";
        }

        long k = LargestPowerOfTwoBelow(n);
        return m < k ? PathSides(m, k) + "R" : PathSides(m - k, n - k) + "L";
    }

    /// <summary>
    /// The shape of PROOF(m, D[n]) as in <see cref="PathSides"/>, starting with '*' when the
    /// proof's first hash is the subtree at m (SUBPROOF ended with b false) rather than the old root.
    /// </summary>
    public static string ProofSides(long m, long n) => SubProofSides(m, n, true);

    private byte[] Mth(Window d)
    {
        if (_mth.TryGetValue((d.Start, d.Count), out byte[]? known))
        {
            return known;
        }

        byte[] hash;
        if (d.Count == 0)
        {
            hash = SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }
        else if (d.Count == 1)
        {
            hash = SHA256.HashData([0x00, .. leaves[d.Start]]);
        }
        else
        {
            int k = (int)LargestPowerOfTwoBelow(d.Count);
            hash = SHA256.HashData([0x01, .. Mth(d.Take(k)), .. Mth(d.Skip(k))]);
        }

        _mth[(d.Start, d.Count)] = hash;
        return hash;
    }

    private List<byte[]> Path(int m, Window d)
    {
        if (d.Count == 1)
        {
            return [];
        }

        int k = (int)LargestPowerOfTwoBelow(d.Count);
        List<byte[]> path;
        if (m < k)
        {
            path = Path(m, d.Take(k));
            path.Add(Mth(d.Skip(k)));
        }
        else
        {
            path = Path(m - k, d.Skip(k));
            path.Add(Mth(d.Take(k)));
        }

        return path;
    }

    private List<byte[]> SubProof(int m, Window d, bool b)
    {
        if (m == d.Count)
        {
            return b ? [] : [Mth(d)];
        }

        int k = (int)LargestPowerOfTwoBelow(d.Count);
        List<byte[]> proof;
        if (m <= k)
        {
            proof = SubProof(m, d.Take(k), b);
            proof.Add(Mth(d.Skip(k)));
        }
        else
        {
            proof = SubProof(m - k, d.Skip(k), false);
            proof.Add(Mth(d.Take(k)));
        }

        return proof;
    }

    private static string SubProofSides(long m, long n, bool b)
    {
        if (m == n)
        {
            return b ? "" : "*";
        }

        long k = LargestPowerOfTwoBelow(n);
        return m <= k ? SubProofSides(m, k, b) + "R" : SubProofSides(m - k, n - k, false) + "L";
    }

    /// <summary>The largest power of 2 smaller than n (n &gt; 1), by doubling.</summary>
    private static long LargestPowerOfTwoBelow(long n)
    {
        long k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }

    /// <summary>D[Start : Start+Count]; Take(k) is D[0:k] of it, Skip(k) is D[k:n].</summary>
    private readonly record struct Window(int Start, int Count)
    {
        public Window Take(int k) => new(Start, k);

        public Window Skip(int k) => new(Start + k, Count - k);
    }
}
