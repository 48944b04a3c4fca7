using System.CommandLine;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Server.Access;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil keys create|list|revoke</c>: the API keys the server accepts. A key is shown once, when it
/// is created; the database keeps only its SHA-256.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(TimeProvider clock)
    {
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var role = new Option<string>("--role") { Description = "operator, liaison, facilitator, witness or observer.", Required = true };
        var party = new Option<string?>("--party") { Description = "The party the holder speaks for, as an ISO 3166-1 alpha-2 code (PK, AF, TJ); required for operators and liaisons." };
        var name = new Option<string?>("--name") { Description = "A label for people, e.g. 'Zhob ops cell'." };
        var id = new Argument<string>("id") { Description = "The key's id, as 'create' printed it." };

        var create = new Command("create", "Create a key and print {\"id\", \"key\"}; the key is shown this once.") { db, role, party, name };
        create.SetAction(parse =>
        {
            string roleName = parse.GetValue(role)!;
            if (!Roles.TryParse(roleName, out Role r))
            {
                Console.Error.WriteLine($"vigil: '{roleName}' is not a role: want {string.Join(", ", Roles.All.Select(Roles.Name))}");
                return Program.BadInput;
            }

            string? p = parse.GetValue(party);
            if (!TryParty(r, p, out string? error))
            {
                Console.Error.WriteLine($"vigil: {error}");
                return Program.BadInput;
            }

            using SqliteKeyStore store = SqliteKeyStore.Open(DbPath(parse, db));
            (ApiKey key, string secret) = store.Create(Roles.Name(r), p, parse.GetValue(name), clock.GetUtcNow());
            using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), Json.Line);
            w.WriteStartObject();
            w.WriteString("id", key.Id);
            w.WriteString("key", secret);
            w.WriteString("role", key.Role);
            if (key.Party is not null)
            {
                w.WriteString("party", key.Party);
            }

            w.WriteEndObject();
            w.Flush();
            Console.WriteLine();
            return Program.Ok;
        });

        var list = new Command("list", "One JSON line per key (never the secret): id, role, party, name, created, revoked.") { db };
        list.SetAction(parse =>
        {
            using SqliteKeyStore store = SqliteKeyStore.Open(DbPath(parse, db));
            foreach (ApiKey key in store.All())
            {
                Console.WriteLine(JsonSerializer.Serialize(key, ListJson));
            }

            return Program.Ok;
        });

        var revoke = new Command("revoke", "Revoke a key; records written with it keep naming it.") { id, db };
        revoke.SetAction(parse =>
        {
            using SqliteKeyStore store = SqliteKeyStore.Open(DbPath(parse, db));
            if (!store.Revoke(parse.GetValue(id)!, clock.GetUtcNow()))
            {
                Console.Error.WriteLine($"vigil: no valid key '{parse.GetValue(id)}'");
                return Program.BadInput;
            }

            return Program.Ok;
        });

        return new Command("keys", "API keys for the server: create, list, revoke.") { create, list, revoke };
    }

    /// <summary>Whether <paramref name="party"/> suits a key of <paramref name="role"/>: two capital letters, and present where the role needs one.</summary>
    internal static bool TryParty(Role role, string? party, out string? error)
    {
        error = party is null
            ? Roles.NeedsParty(role) ? $"a {Roles.Name(role)} key needs --party (an ISO 3166-1 alpha-2 code such as PK)" : null
            : party.Length == 2 && party.All(char.IsAsciiLetterUpper) ? null : $"'{party}' is not a party code: want two capital letters (ISO 3166-1 alpha-2, e.g. PK)";
        return error is null;
    }

    private static string DbPath(ParseResult parse, Option<FileInfo?> db) => parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase;

    private static readonly JsonSerializerOptions ListJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
