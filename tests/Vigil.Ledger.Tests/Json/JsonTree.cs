using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Vigil.Ledger.Tests.Json;

/// <summary>
/// A JSON value as the properties see it, with a generator of valid I-JSON trees (unique keys,
/// finite numbers, well-formed strings) and a writer that spells the same tree many ways.
/// </summary>
internal abstract record JsonTree
{
    /// <summary>Pieces strings are made of: plain, escaped-when-canonical, non-ASCII, astral.</summary>
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "key", "\"", "\\", "/", "\b", "\t", "\n", "\f", "\r", "\u0000", "\u0001", "\u001f",
        "\u007f", "\u0080", "é", "ö", "€", "\u2028", "\uFB33", "\uFFFF", "\U0001F600", "\U0010FFFF", "世",
    ];

    public static Gen<string> Text { get; } =
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(string.Concat);

    public static Gen<JsonTree> Tree { get; } = Gen.Sized(size => Node(Math.Min(size, 24)));

    public static Arbitrary<(JsonTree Tree, int Seed)> WithSeed { get; } =
        Tree.Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary();

    private static Gen<JsonTree> Node(int size)
    {
        Gen<JsonTree> scalar = Gen.Frequency(
            (3, Doubles.Finite.Select(d => (JsonTree)new Num(d))),
            (3, Text.Select(s => (JsonTree)new Str(s))),
            (1, Gen.Elements<JsonTree>(new Literal("true"), new Literal("false"), new Literal("null"))));
        if (size <= 1)
        {
            return scalar;
        }

        Gen<JsonTree> child = Node(size / 2);
        Gen<JsonTree> array = Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(child, n)).Select(items => (JsonTree)new Arr(items));
        Gen<JsonTree> obj = Gen.Choose(0, 5)
            .SelectMany(n => Gen.ArrayOf(Text.Zip(child), n))
            .Select(members => (JsonTree)new Obj([.. members.DistinctBy(m => m.Item1).Select(m => (m.Item1, m.Item2))]));
        return Gen.Frequency((2, scalar), (1, array), (1, obj));
    }

    /// <summary>
    /// Writes this tree as JSON text, choosing spellings with <paramref name="random"/>: whitespace,
    /// escapes (\uXXXX in either case, short forms), number notation and, if
    /// <paramref name="shuffle"/>, member order.
    /// </summary>
    public byte[] Write(Random random, bool shuffle)
    {
        var text = new StringBuilder();
        Write(text, random, shuffle);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Whether <paramref name="element"/> holds this value (numbers compared as doubles).</summary>
    public abstract bool Matches(JsonElement element);

    protected abstract void WriteValue(StringBuilder text, Random random, bool shuffle);

    private void Write(StringBuilder text, Random random, bool shuffle)
    {
        Space(text, random);
        WriteValue(text, random, shuffle);
        Space(text, random);
    }

    private static void Space(StringBuilder text, Random random)
    {
        if (random.Next(4) == 0)
        {
            text.Append(" \t\n\r"[random.Next(4)]);
        }
    }

    private static void WriteString(StringBuilder text, string value, Random random)
    {
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string hex = random.Next(2) == 0 ? "x4" : "X4";
            bool pair = char.IsHighSurrogate(c);
            if (c is '"' or '\\' || c < 0x20 || random.Next(4) == 0)
            {
                string? shortForm = c switch
                {
                    '"' => "\\\"", '\\' => "\\\\", '/' => "\\/", '\b' => "\\b", '\t' => "\\t", '\n' => "\\n", '\f' => "\\f", '\r' => "\\r", _ => null,
                };
                text.Append(shortForm is not null && random.Next(2) == 0 ? shortForm : "\\u" + ((int)c).ToString(hex, CultureInfo.InvariantCulture));
                if (pair)
                {
                    text.Append("\\u").Append(((int)value[++i]).ToString(hex, CultureInfo.InvariantCulture));
                }
            }
            else
            {
                text.Append(c);
                if (pair)
                {
                    text.Append(value[++i]);
                }
            }
        }

        text.Append('"');
    }

    internal sealed record Num(double Value) : JsonTree
    {
        public override bool Matches(JsonElement element) =>
            element.ValueKind == JsonValueKind.Number && element.GetDouble() == Value;

        protected override void WriteValue(StringBuilder text, Random random, bool shuffle)
        {
            // "R" is not always exact: .NET 10 spells a few powers of two as the next double down.
            string format = random.Next(4) switch { 0 => "R", 1 => "E16", 2 => "G17", _ => "e20" };
            string spelled = Value.ToString(format, CultureInfo.InvariantCulture);
            text.Append(double.Parse(spelled, CultureInfo.InvariantCulture) == Value ? spelled : Value.ToString("E16", CultureInfo.InvariantCulture));
        }
    }

    internal sealed record Str(string Value) : JsonTree
    {
        public override bool Matches(JsonElement element) =>
            element.ValueKind == JsonValueKind.String && element.GetString() == Value;

        protected override void WriteValue(StringBuilder text, Random random, bool shuffle) =>
            WriteString(text, Value, random);
    }

    internal sealed record Literal(string Value) : JsonTree
    {
        public override bool Matches(JsonElement element) => element.GetRawText() == Value;

        protected override void WriteValue(StringBuilder text, Random random, bool shuffle) => text.Append(Value);
    }

    internal sealed record Arr(JsonTree[] Items) : JsonTree
    {
        public override bool Matches(JsonElement element) =>
            element.ValueKind == JsonValueKind.Array
            && element.GetArrayLength() == Items.Length
            && Items.Select((item, i) => item.Matches(element[i])).All(m => m);

        protected override void WriteValue(StringBuilder text, Random random, bool shuffle)
        {
            text.Append('[');
            for (int i = 0; i < Items.Length; i++)
            {
                text.Append(i > 0 ? "," : "");
                Items[i].Write(text, random, shuffle);
            }

            text.Append(']');
        }
    }

    internal sealed record Obj((string Key, JsonTree Value)[] Members) : JsonTree
    {
        public override bool Matches(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var found = element.EnumerateObject().ToList();
            return found.Count == Members.Length
                && Members.All(m => found.Count(p => p.Name == m.Key) == 1 && m.Value.Matches(found.Single(p => p.Name == m.Key).Value));
        }

        protected override void WriteValue(StringBuilder text, Random random, bool shuffle)
        {
            var order = Members.ToArray();
            if (shuffle)
            {
                random.Shuffle(order);
            }

            text.Append('{');
            for (int i = 0; i < order.Length; i++)
            {
                text.Append(i > 0 ? "," : "");
                Space(text, random);
                WriteString(text, order[i].Key, random);
                Space(text, random);
                text.Append(':');
                order[i].Value.Write(text, random, shuffle);
            }

            text.Append('}');
        }
    }
}
