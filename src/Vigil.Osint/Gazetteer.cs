using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Osint;

/// <summary>
/// Place names of the border region, built once from the data bundled with <see cref="BorderAtlas"/>
/// (its provinces, districts, towns and crossings) plus a small hand-written table of spellings that
/// reports use and the data lacks. Finds names in free text case-insensitively, longest name first,
/// multi-word names included. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// When one name fits several places, a following "district", "province" or "agency" decides; else a
/// place's own name beats another's alternative name, and a crossing beats a district, a district a
/// town, a town a province (so "Zhob" is the district, "Chaman" the town, "Spin Boldak" the district).
/// </remarks>
public sealed class Gazetteer
{
    private const int PrimaryRank = 0;
    private const int AlternativeRank = 100;

    /// <summary>Spellings found in reports, each pointing at a place's name in the bundled data.</summary>
    private static readonly (string Spelling, string Name)[] Spellings =
    [
        ("Bajour", "Bajaur"),
        ("Kurrum", "Kurram"),
        ("Badakshan", "Badakhshan"),
        ("Badakhshon", "Badakhshan"),
        ("Ningarhar", "Nangarhar"),
        ("Nangrahar", "Nangarhar"),
        ("Paktiya", "Paktia"),
        ("Khost province", "Khowst"),
        ("Spin Buldak", "Spin Boldak"),
        ("Shamsiddin Shokhin", "Shuroobod"),
        ("Bermal", "Barmal"),
        ("Angur Adda", "Angoor Adda"),
        ("Miranshah", "Miram Shah"),
        ("Friendship Gate", "Chaman–Spin Boldak crossing (Wesh)"),
        ("Bab-e-Dosti", "Chaman–Spin Boldak crossing (Wesh)"),
        ("Chaman crossing", "Chaman–Spin Boldak crossing (Wesh)"),
        ("Chaman border crossing", "Chaman–Spin Boldak crossing (Wesh)"),
        ("Torkham crossing", "Torkham"),
        ("Torkham border crossing", "Torkham"),
        ("Ishkashim crossing", "Ishkashim (AF)"),
    ];

    /// <summary>Countries by name; their places have no point.</summary>
    private static readonly (string Name, string Iso)[] Countries =
    [
        ("Afghanistan", "AF"), ("Pakistan", "PK"), ("Tajikistan", "TJ"), ("Iran", "IR"),
        ("Uzbekistan", "UZ"), ("Turkmenistan", "TM"), ("China", "CN"),
    ];

    /// <summary>One-word names that are also common English words; never matched.</summary>
    private static readonly HashSet<string> Ignored = ["tank", "swat", "thal", "sovet", "moskva", "leningrad", "hazara", "malakand"];

    private static readonly HashSet<string> Prepositions = ["from", "in", "into", "over", "near", "at", "of", "across", "inside", "on", "towards", "toward", "around"];

    private static readonly HashSet<string> LevelWords = ["district", "province", "agency", "division", "region", "tehsil"];

    private readonly Dictionary<string, List<Candidate>> _names;
    private readonly int _longest;

    private Gazetteer(Dictionary<string, List<Candidate>> names)
    {
        _names = names;
        _longest = names.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Builds the gazetteer from the atlas's areas and places. Takes a few milliseconds; hold on to the result.</summary>
    public static Gazetteer Build(BorderAtlas atlas)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        var names = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<GazetteerPlace>>(StringComparer.Ordinal);

        void Add(string name, GazetteerPlace place, int rank)
        {
            List<TextTokens.Token> tokens = TextTokens.Split(name);
            if (tokens.Count == 0 || tokens.Any(t => !t.Text.All(char.IsAscii)))
            {
                return; // names in other scripts: reports here are in English
            }

            if (rank != PrimaryRank && tokens.Count > 1 && LevelWords.Contains(tokens[^1].Text))
            {
                return; // "Zhob District" as another district's variant: the level word is read from the text instead
            }

            string key = string.Join(' ', tokens.Select(t => t.Text));
            if (Ignored.Contains(key))
            {
                return;
            }

            if (!names.TryGetValue(key, out List<Candidate>? list))
            {
                names[key] = list = [];
            }

            if (!list.Any(c => ReferenceEquals(c.Place, place)))
            {
                list.Add(new Candidate(place, rank));
            }
        }

        void AddPlace(GazetteerPlace place, string name, IEnumerable<string> alternatives)
        {
            Add(name, place, PrimaryRank);
            foreach (string alt in alternatives)
            {
                Add(alt, place, AlternativeRank);
            }

            if (!byName.TryGetValue(name, out List<GazetteerPlace>? same))
            {
                byName[name] = same = [];
            }

            same.Add(place);
        }

        foreach (AdminArea area in atlas.AdminAreas)
        {
            bool district = area.Level == AdminLevel.District;
            var place = new GazetteerPlace(area.Name, area.CountryIso, district ? area.Parent : area.Name, district ? area.Name : null,
                atlas.LabelPoint(area), district ? PlacePrecision.District : PlacePrecision.Province);
            AddPlace(place, area.Name, area.AlternativeNames);
        }

        foreach (NamedPlace p in atlas.Places)
        {
            AdminArea? district = atlas.FindAdminArea(p.Point, AdminLevel.District, p.CountryIso);
            AdminArea? province = atlas.FindAdminArea(p.Point, AdminLevel.Province, p.CountryIso);
            var place = new GazetteerPlace(p.Name, p.CountryIso, province?.Name ?? district?.Parent, district?.Name, p.Point, PlacePrecision.Point);
            AddPlace(place, p.Name, p.AlternativeNames);
        }

        foreach ((string name, string iso) in Countries)
        {
            AddPlace(new GazetteerPlace(name, iso, null, null, null, PlacePrecision.Country), name, []);
        }

        foreach ((string spelling, string name) in Spellings)
        {
            if (!byName.TryGetValue(name, out List<GazetteerPlace>? targets))
            {
                throw new InvalidDataException($"The spelling table names {name}, which the bundled data does not have.");
            }

            foreach (GazetteerPlace target in targets)
            {
                Add(spelling, target, PrimaryRank);
            }
        }

        return new Gazetteer(names);
    }

    /// <summary>The best place for a name on its own (e.g. "Bajour", "north waziristan"); null when unknown.</summary>
    public GazetteerPlace? Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        List<TextTokens.Token> tokens = TextTokens.Split(name);
        PlacePrecision? wanted = tokens.Count > 1 ? LevelOf(tokens[^1].Text) : null;
        if (wanted is not null)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return _names.TryGetValue(string.Join(' ', tokens.Select(t => t.Text)), out List<Candidate>? list) ? Best(list, wanted) : null;
    }

    /// <summary>Every place name in <paramref name="text"/>, in order, longest match first, none overlapping.</summary>
    public IReadOnlyList<PlaceMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TextTokens.Token> tokens = TextTokens.Split(text);
        var found = new List<PlaceMention>();
        for (int i = 0; i < tokens.Count;)
        {
            int matched = 0;
            for (int n = Math.Min(_longest, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                string key = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text));
                if (!_names.TryGetValue(key, out List<Candidate>? list))
                {
                    continue;
                }

                string next = i + n < tokens.Count ? tokens[i + n].Text : "";
                if (next is "river" or "valley")
                {
                    matched = n; // "the Panj river" is no place of its own
                    break;
                }

                PlacePrecision? wanted = LevelOf(next);
                int end = tokens[i + n - 1].Start + tokens[i + n - 1].Length;
                string before = "";
                for (int back = i - 1; back >= Math.Max(0, i - 3) && before.Length == 0; back--)
                {
                    before = Prepositions.Contains(tokens[back].Text) ? tokens[back].Text : "";
                }

                found.Add(new PlaceMention(Best(list, wanted), tokens[i].Start, end - tokens[i].Start, before));
                matched = n;
            }

            i += Math.Max(1, matched);
        }

        return found;
    }

    private static PlacePrecision? LevelOf(string word) => word switch
    {
        "district" or "agency" or "tehsil" => PlacePrecision.District,
        "province" or "region" => PlacePrecision.Province,
        _ => null,
    };

    private static GazetteerPlace Best(List<Candidate> list, PlacePrecision? wanted)
    {
        Candidate best = list[0];
        int bestScore = int.MaxValue;
        foreach (Candidate c in list)
        {
            int score = c.Rank + KindRank(c.Place.Precision) - (c.Place.Precision == wanted ? 1000 : 0);
            if (score < bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best.Place;
    }

    private static int KindRank(PlacePrecision precision) => precision switch
    {
        PlacePrecision.District => 1,
        PlacePrecision.Point => 2,
        PlacePrecision.Province => 3,
        _ => 4,
    };

    private sealed record Candidate(GazetteerPlace Place, int Rank);
}
