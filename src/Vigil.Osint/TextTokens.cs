using System.Text;

namespace Vigil.Osint;

/// <summary>Splits text into lower-case, accent-folded word tokens with their positions in the original.</summary>
internal static class TextTokens
{
    /// <summary>One word: its folded form and where it is in the text.</summary>
    public readonly record struct Token(string Text, int Start, int Length);

    /// <summary>
    /// The words of <paramref name="text"/>: runs of letters and digits, with apostrophes inside a word
    /// dropped ("Roshtqal'a" → "roshtqala") and a possessive "'s" cut ("Afghanistan's" → "afghanistan").
    /// Hyphens and all other punctuation separate words.
    /// </summary>
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(Fold(c));
                continue;
            }

            bool apostrophe = c is '\'' or '’' or 'ʼ' or '`';
            if (apostrophe && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                if (possessive)
                {
                    tokens.Add(new Token(word.ToString(), start, i - start));
                    word.Clear();
                    start = -1;
                    i++;
                }

                continue;
            }

            if (start >= 0)
            {
                tokens.Add(new Token(word.ToString(), start, i - start));
                word.Clear();
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The folded key of a name: its tokens joined by single spaces.</summary>
    public static string Key(string name) => string.Join(' ', Split(name).Select(t => t.Text));

    /// <summary>Lower case with the accents of Latin letters used in transliterations removed.</summary>
    public static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        if (c < 128)
        {
            return c;
        }

        return c switch
        {
            'ā' or 'á' or 'à' or 'â' or 'ä' or 'ă' => 'a',
            'ē' or 'é' or 'è' or 'ê' or 'ë' => 'e',
            'ī' or 'í' or 'ì' or 'î' or 'ï' => 'i',
            'ō' or 'ó' or 'ò' or 'ô' or 'ö' or 'ŏ' => 'o',
            'ū' or 'ú' or 'ù' or 'û' or 'ü' or 'ŭ' => 'u',
            'ş' or 'š' => 's',
            'ç' or 'č' => 'c',
            'ž' => 'z',
            'ñ' => 'n',
            _ => c,
        };
    }
}
