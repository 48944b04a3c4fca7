using System.Text;

namespace Vigil.Incidents.Exchange;

/// <summary>
/// Comma-separated values as RFC 4180 defines them: fields separated by commas, records by CRLF, a
/// field quoted when it holds a comma, a double quote, CR or LF, and a double quote inside a quoted
/// field doubled. The reader also takes LF or CR alone as a record's end, and keeps a stray quote
/// inside an unquoted field as it is.
/// </summary>
internal sealed class Csv(TextReader reader)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Writes one record and its CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            string f = fields[i];
            if (f.IndexOfAny(NeedsQuotes) >= 0)
            {
                writer.Write('"');
                writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(f);
            }
        }

        writer.Write("\r\n");
    }

    /// <summary>
    /// Reads the next record: its fields, the line it begins on (1 for the first), and an error when
    /// its last quoted field is not closed before the end of the text. False at the end of the text.
    /// </summary>
    public bool TryRead(out List<string> fields, out int line, out string? error)
    {
        fields = [];
        line = _line;
        error = null;
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        bool quoted = false;
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                {
                    error = "a quoted field is not closed before the end of the file";
                }

                EndField(fields);
                return true;
            }

            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    _field.Append('"');
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    _line += ch == '\n' || (ch == '\r' && reader.Peek() != '\n') ? 1 : 0;
                    _field.Append(ch);
                }
            }
            else if (ch == ',')
            {
                EndField(fields);
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                _line++;
                EndField(fields);
                return true;
            }
            else if (ch == '"' && _field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                _field.Append(ch);
            }

            c = reader.Read();
        }
    }

    private void EndField(List<string> fields)
    {
        fields.Add(_field.ToString());
        _field.Clear();
    }
}
