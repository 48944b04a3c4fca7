using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public partial class CheckpointTest
{
    [Property]
    public bool FormatThenParse_GivesTheSameCheckpoint(NonEmptyString origin, NonNegativeInt size, int scale, byte[] leaf, string[] extensions)
    {
        var checkpoint = new Checkpoint(
            Printable(origin.Get),
            (long)size.Get * Math.Max(1, Math.Abs(scale % 1_000_000_000)),
            Hash.From(SHA256.HashData(leaf)),
            extensions.Where(e => e is not null).Select(e => Printable("x" + e)));

        return Checkpoint.TryParse(checkpoint.Format(), out Checkpoint? back, out _) && back.Equals(checkpoint) && back.Format() == checkpoint.Format();
    }

    // Control characters and lone surrogates (which no note may hold) become 'x'.
    internal static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c < 0x20 || char.IsSurrogate(c) ? 'x' : c);
        }

        return builder.ToString();
    }
}
