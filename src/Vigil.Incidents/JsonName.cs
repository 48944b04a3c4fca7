using System.Text;

namespace Vigil.Incidents;

/// <summary>Enum values as JSON writes them: lower case, words joined by hyphens (<c>UnderReview</c> → <c>under-review</c>).</summary>
public static class JsonName
{
    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var s = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                s.Append('-');
            }

            s.Append(char.ToLowerInvariant(name[i]));
        }

        return s.ToString();
    }

    /// <summary>Reads a JSON name back into a defined value of <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(text) || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        return Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
