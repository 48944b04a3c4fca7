using Vigil.Ledger.Crypto;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Log;

/// <summary>
/// A transparency log: appends entries to its store, issues checkpoints (C2SP tlog-checkpoint in a
/// signed note, Ed25519) and proves inclusion and consistency (RFC 9162). The log's origin and
/// signing key are created with the log and kept in its store; witnesses' cosignatures are added to
/// the stored note of the checkpoint they cosigned.
/// </summary>
public sealed class TransparencyLog : IDisposable
{
    /// <summary>The origin a new log gets unless told otherwise.</summary>
    public const string DefaultOrigin = "vigil.local/log";

    /// <summary>The store setting that holds the log's origin.</summary>
    public const string OriginKey = "origin";
    private const string SignerKey = "signer_key";

    private readonly NoteSigner _signer;

    private TransparencyLog(ILogStore store, NoteSigner signer)
    {
        Store = store;
        _signer = signer;
    }

    /// <summary>The store.</summary>
    public ILogStore Store { get; }

    /// <summary>The log's origin: the first line of its checkpoints and the name of its key.</summary>
    public string Origin => _signer.Name;

    /// <summary>The log's public key.</summary>
    public NoteVerifier Verifier => _signer.Verifier;

    /// <summary>Entries in the log.</summary>
    public long Size => Store.Size;

    /// <summary>
    /// The log kept in <paramref name="store"/>; a store that holds no log yet gets a new key and
    /// <paramref name="origin"/> (or <see cref="DefaultOrigin"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">An origin was given that differs from the stored one.</exception>
    /// <exception cref="InvalidDataException">The stored signer key is malformed.</exception>
    public static TransparencyLog Open(ILogStore store, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        string? stored = store.GetMeta(OriginKey);
        if (stored is null)
        {
            var signer = new NoteSigner(origin ?? DefaultOrigin, Ed25519PrivateKey.Generate());
            store.SetMeta(SignerKey, signer.ExportSignerKey());
            store.SetMeta(OriginKey, signer.Name);
            return new TransparencyLog(store, signer);
        }

        if (origin is not null && origin != stored)
        {
            throw new InvalidOperationException($"the log's origin is \"{stored}\", not \"{origin}\"");
        }

        return NoteSigner.TryParse(store.GetMeta(SignerKey) ?? "", out NoteSigner? parsed, out string error)
            ? new TransparencyLog(store, parsed)
            : throw new InvalidDataException($"the log's signer key: {error}");
    }

    /// <summary>Appends entries as one durable batch; returns the index of the first.</summary>
    public long Append(IReadOnlyList<byte[]> entries) => Store.Append(entries);

    /// <summary>The root of the first <paramref name="size"/> entries.</summary>
    public Hash Root(long size)
    {
        CheckSize(size);
        return MerkleProofs.Root(size, Store.Tree);
    }

    /// <summary>The leaf hash of entry <paramref name="index"/>.</summary>
    public Hash LeafHash(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        return Store.Tree.Subtree(0, index);
    }

    /// <summary>The inclusion proof of entry <paramref name="index"/> in the tree of <paramref name="size"/> entries.</summary>
    public Hash[] Inclusion(long index, long size)
    {
        CheckSize(size);
        return MerkleProofs.Inclusion(index, size, Store.Tree);
    }

    /// <summary>The proof that the tree of <paramref name="size2"/> entries extends the one of <paramref name="size1"/>.</summary>
    public Hash[] Consistency(long size1, long size2)
    {
        CheckSize(size2);
        return MerkleProofs.Consistency(size1, size2, Store.Tree);
    }

    /// <summary>
    /// The signed checkpoint of the log as it stands, issued and stored now unless one of this size
    /// exists already (then that one, with the cosignatures it has gathered).
    /// </summary>
    public SignedNote Checkpoint()
    {
        long size = Size;
        if (Store.Checkpoint(size) is { } existing && SignedNote.TryParse(existing, out SignedNote? note, out _))
        {
            return note;
        }

        Hash root = Root(size);
        string text = new Checkpoint(Origin, size, root).Format();
        var signed = new SignedNote(text, [_signer.Sign(text)]);
        Store.SaveCheckpoint(size, root, signed.Format());
        return signed;
    }

    /// <summary>
    /// Adds a witness's cosignature to the stored checkpoint of <paramref name="size"/> entries, after
    /// checking it with <paramref name="witness"/> (a cosignature by the same key replaces the
    /// earlier one). Returns the checkpoint with it, or null with the reason.
    /// </summary>
    public SignedNote? AddCosignature(long size, CosignatureVerifier witness, NoteSignature signature, out string error)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentNullException.ThrowIfNull(signature);
        if (Store.Checkpoint(size) is not { } stored || !SignedNote.TryParse(stored, out SignedNote? note, out error)
            || !Notes.Checkpoint.TryParse(note.Text, out Checkpoint? checkpoint, out error))
        {
            error = $"the log issued no checkpoint of size {size}";
            return null;
        }

        if (!Cosignature.TryDecode(signature, out Cosignature? cosignature, out error))
        {
            return null;
        }

        if (!witness.Verify(checkpoint, cosignature))
        {
            error = $"the cosignature by {signature.Name} does not verify against the checkpoint of size {size}";
            return null;
        }

        note = new SignedNote(note.Text, note.Signatures.Where(s => !(s.Name == signature.Name && s.KeyId.Equals(signature.KeyId)))).WithSignature(signature);
        Store.SaveCheckpoint(size, checkpoint.RootHash, note.Format());
        error = "";
        return note;
    }

    /// <inheritdoc />
    public void Dispose() => _signer.Dispose();

    private void CheckSize(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"tree size got {size}, want ≤ {Size}, the log's size");
        }
    }
}
