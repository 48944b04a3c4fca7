using System.Globalization;
using System.Text;

namespace Vigil.Ledger.Notes;

/// <summary>
/// The lexical rules of c2sp.org/signed-note shared by notes, keys and checkpoints. Each check
/// returns null when the input is fine, else an error that says what and where.
/// </summary>
internal static class NoteSyntax
{
    /// <summary>U+2014 EM DASH and a space: the start of every signature line.</summary>
    internal const string SignatureLinePrefix = "\u2014 ";

    /// <summary>
    /// "Signed notes MUST be valid UTF-8 and MUST NOT contain any ASCII control characters (those
    /// below U+0020) other than newline." A .NET string is UTF-16, so valid UTF-8 means no unpaired
    /// surrogate. Line numbers count from <paramref name="firstLine"/>.
    /// </summary>
    internal static string? CheckCharacters(string text, int firstLine = 1)
    {
        int line = firstLine;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c < 0x20)
            {
                return $"line {line}: control character U+{(int)c:X4} (only newline is allowed)";
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"line {line}: unpaired surrogate U+{(int)c:X4} (not valid UTF-8)";
            }
        }

        return null;
    }

    /// <summary>
    /// "Key names MUST be non-empty and MUST NOT contain any Unicode spaces or plus (U+002B)
    /// characters." Control characters and unpaired surrogates are refused too, as no note may hold them.
    /// </summary>
    internal static string? CheckKeyName(string name)
    {
        if (name.Length == 0)
        {
            return "key name is empty";
        }

        if (CheckCharacters(name) is not null || name.Contains('\n', StringComparison.Ordinal))
        {
            return $"key name '{Escape(name)}' has a control character or is not valid UTF-8";
        }

        foreach (Rune rune in name.EnumerateRunes())
        {
            if (rune.Value == '+')
            {
                return $"key name '{name}' contains '+'";
            }

            if (Rune.IsWhiteSpace(rune))
            {
                return $"key name '{name}' contains a space (U+{rune.Value:X4})";
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes standard base64 (RFC 4648 §4) only in its canonical form: padded, no whitespace, no
    /// stray bits, so re-encoding gives back the same text. Null otherwise, or for an empty string.
    /// </summary>
    internal static byte[]? DecodeBase64(string text)
    {
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return null;
        }

        byte[] buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out int written))
        {
            return null;
        }

        byte[] bytes = buffer[..written];
        return string.Equals(Convert.ToBase64String(bytes), text, StringComparison.Ordinal) ? bytes : null;
    }

    /// <summary>The text with control characters and unpaired surrogates written as \uXXXX, for error messages.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c < 0x20 || char.IsSurrogate(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return builder.ToString();
    }
}
