using System.Diagnostics.CodeAnalysis;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>
/// A checkpoint in its signed note, as logs issue and witnesses cosign it: the note (text and
/// signature lines, which say who vouches for it) and the checkpoint its text holds. Parsing says
/// nothing about the signatures; <see cref="CheckLogSignature"/> does.
/// </summary>
public sealed class SignedCheckpoint
{
    /// <summary>The pair; the note's text must be the checkpoint's text.</summary>
    /// <exception cref="ArgumentException">The note's text is not <paramref name="checkpoint"/>'s.</exception>
    public SignedCheckpoint(SignedNote note, Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (note.Text != checkpoint.Format())
        {
            throw new ArgumentException("the note's text is not the checkpoint's", nameof(note));
        }

        Note = note;
        Checkpoint = checkpoint;
    }

    /// <summary>The signed note.</summary>
    public SignedNote Note { get; }

    /// <summary>The checkpoint in the note's text.</summary>
    public Checkpoint Checkpoint { get; }

    /// <summary>
    /// Parses a signed note whose text is a checkpoint, strictly (see <see cref="SignedNote.TryParse(string, out SignedNote?, out string)"/>
    /// and <see cref="Notes.Checkpoint.TryParse"/>); <paramref name="error"/> says what is wrong and on which line.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SignedCheckpoint? signed, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        signed = null;
        if (!SignedNote.TryParse(text, out SignedNote? note, out error)
            || !Checkpoint.TryParse(note.Text, out Checkpoint? checkpoint, out error))
        {
            return false;
        }

        signed = new SignedCheckpoint(note, checkpoint);
        return true;
    }

    /// <summary>
    /// Null when the note carries a signature by <paramref name="logKey"/> that verifies and no
    /// signature by that key that fails; else why not, e.g.
    /// <c>checkpoint of size 12: signature by example.com/log does not verify</c>.
    /// </summary>
    public string? CheckLogSignature(NoteVerifier logKey)
    {
        ArgumentNullException.ThrowIfNull(logKey);
        return new NoteVerifierSet([logKey]).Verify(Note).Verdict switch
        {
            NoteVerdict.Accepted => null,
            NoteVerdict.BadSignature => $"checkpoint of size {Checkpoint.Size}: signature by {logKey.Name} does not verify",
            _ => $"checkpoint of size {Checkpoint.Size}: not signed by the log's key {logKey.Name}+{logKey.KeyId}",
        };
    }

    /// <summary>The note, as <see cref="SignedNote.Format"/> writes it.</summary>
    public override string ToString() => Note.Format();
}
