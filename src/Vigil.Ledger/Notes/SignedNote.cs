using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Ledger.Notes;

/// <summary>
/// A signed note (c2sp.org/signed-note): a text ending in a newline, a blank line, then one or more
/// signature lines. The text must be ignored until a trusted key's signature on it has been verified
/// (<see cref="NoteVerifierSet"/>). <see cref="Format"/> gives back the exact text a strict
/// <see cref="TryParse(string, out SignedNote?, out string)"/> accepted.
/// </summary>
public sealed class SignedNote
{
    /// <summary>
    /// The most signature lines a note may carry. The spec asks verifiers for a limit and for at least 16.
    /// </summary>
    public const int MaxSignatures = 100;

    private readonly NoteSignature[] _signatures;

    /// <summary>A note with this text and these signatures, in order.</summary>
    /// <exception cref="ArgumentException">
    /// The text is empty, does not end with a newline or holds a control character or an unpaired
    /// surrogate; or there are no signatures, or more than <see cref="MaxSignatures"/>.
    /// </exception>
    public SignedNote(string text, IEnumerable<NoteSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signatures);
        if (CheckText(text) is { } error)
        {
            throw new ArgumentException(error, nameof(text));
        }

        NoteSignature[] all = [.. signatures];
        if (all.Length is 0 or > MaxSignatures)
        {
            throw new ArgumentException($"a note has 1 to {MaxSignatures} signatures, got {all.Length}", nameof(signatures));
        }

        Text = text;
        _signatures = all;
    }

    /// <summary>The note text, with its final newline and without the blank line.</summary>
    public string Text { get; }

    /// <summary>The signature lines, in note order.</summary>
    public IReadOnlyList<NoteSignature> Signatures => _signatures;

    /// <summary>This note with one more signature line at the end (a cosignature, say).</summary>
    /// <exception cref="ArgumentException">The note already has <see cref="MaxSignatures"/> signatures.</exception>
    public SignedNote WithSignature(NoteSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new SignedNote(Text, [.. _signatures, signature]);
    }

    /// <summary>The note: text, blank line, signature lines.</summary>
    public string Format()
    {
        var builder = new StringBuilder(Text.Length + 1 + (_signatures.Length * 128));
        builder.Append(Text).Append('\n');
        foreach (NoteSignature signature in _signatures)
        {
            builder.Append(signature.ToLine());
        }

        return builder.ToString();
    }

    /// <summary>Same as <see cref="Format"/>.</summary>
    public override string ToString() => Format();

    /// <summary>
    /// Parses a note given as UTF-8 bytes, refusing bytes that are not valid UTF-8. See
    /// <see cref="TryParse(string, out SignedNote?, out string)"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out SignedNote? note, out string error)
    {
        if (!Utf8.IsValid(utf8))
        {
            note = null;
            error = "note is not valid UTF-8";
            return false;
        }

        return TryParse(Encoding.UTF8.GetString(utf8), out note, out error);
    }

    /// <summary>
    /// Parses a note strictly. The text is everything up to the last blank line; after it, every line
    /// must be a signature line. On failure <paramref name="error"/> says what is wrong and on which
    /// line (counting from 1), e.g. "line 4: signature line must start with '— '".
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SignedNote? note, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        note = null;
        if (text.Length == 0)
        {
            error = "note is empty";
            return false;
        }

        if (NoteSyntax.CheckCharacters(text) is { } characters)
        {
            error = characters;
            return false;
        }

        if (!text.EndsWith('\n'))
        {
            error = "note must end with a newline";
            return false;
        }

        string[] lines = text[..^1].Split('\n');
        int blank = Array.LastIndexOf(lines, string.Empty);
        if (blank < 0)
        {
            error = "note has no blank line between the text and the signatures";
            return false;
        }

        if (blank == 0)
        {
            error = "line 1: note text is empty";
            return false;
        }

        int signatureCount = lines.Length - blank - 1;
        if (signatureCount == 0)
        {
            error = $"line {blank + 1}: the blank line must be followed by at least one signature line";
            return false;
        }

        if (signatureCount > MaxSignatures)
        {
            error = $"line {blank + 2 + MaxSignatures}: more than {MaxSignatures} signature lines";
            return false;
        }

        var signatures = new NoteSignature[signatureCount];
        for (int i = 0; i < signatureCount; i++)
        {
            int index = blank + 1 + i;
            if (!NoteSignature.TryParseLine(lines[index], index + 1, out NoteSignature? signature, out error))
            {
                return false;
            }

            signatures[i] = signature;
        }

        note = new SignedNote(string.Join('\n', lines, 0, blank) + "\n", signatures);
        error = string.Empty;
        return true;
    }

    /// <summary>Null if <paramref name="text"/> can be a note text, else why not.</summary>
    internal static string? CheckText(string text)
    {
        if (text.Length == 0)
        {
            return "note text is empty";
        }

        if (NoteSyntax.CheckCharacters(text) is { } characters)
        {
            return characters;
        }

        return text.EndsWith('\n') ? null : "note text must end with a newline";
    }
}
