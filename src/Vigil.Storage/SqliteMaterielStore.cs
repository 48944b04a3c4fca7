using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Core;
using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>
/// Recovered materiel in the embedded SQLite file: items, their components, the components' photos
/// (evidence ids) and supply-chain steps, each list in its recorded order. Saving an item replaces
/// its earlier version in one transaction. Photos and trace sources name evidence by hash; the
/// evidence itself is kept by <see cref="SqliteEvidenceStore"/>. Not thread-safe.
/// </summary>
public sealed class SqliteMaterielStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS materiel (
            id              INTEGER PRIMARY KEY,
            what            TEXT NOT NULL,
            lat             REAL NOT NULL,
            lon             REAL NOT NULL,
            alt             REAL NOT NULL,
            recovered_at    TEXT NOT NULL,
            incident_id     INTEGER
        );
        CREATE INDEX IF NOT EXISTS materiel_by_incident ON materiel (incident_id);
        CREATE TABLE IF NOT EXISTS materiel_components (
            materiel_id INTEGER NOT NULL REFERENCES materiel(id),
            position    INTEGER NOT NULL,
            make        TEXT NOT NULL,
            model       TEXT NOT NULL,
            serial      TEXT,
            markings    TEXT NOT NULL,
            category    TEXT NOT NULL,
            PRIMARY KEY (materiel_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS component_photos (
            materiel_id INTEGER NOT NULL,
            component   INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            sha256      TEXT NOT NULL,
            PRIMARY KEY (materiel_id, component, position),
            FOREIGN KEY (materiel_id, component) REFERENCES materiel_components(materiel_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS component_trace (
            materiel_id INTEGER NOT NULL,
            component   INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            from_kind   TEXT NOT NULL,
            from_name   TEXT NOT NULL,
            to_kind     TEXT NOT NULL,
            to_name     TEXT NOT NULL,
            role        TEXT NOT NULL,
            on_date     TEXT NOT NULL,
            source      TEXT NOT NULL,
            PRIMARY KEY (materiel_id, component, position),
            FOREIGN KEY (materiel_id, component) REFERENCES materiel_components(materiel_id, position)
        ) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;

    private SqliteMaterielStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the materiel tables in the database file at <paramref name="path"/>.</summary>
    public static SqliteMaterielStore Open(string path)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        var store = new SqliteMaterielStore(connection);
        try
        {
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", null);
            store.Execute(Schema, null);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Stores <paramref name="item"/>, replacing an earlier version with the same id, in one transaction.</summary>
    /// <exception cref="ArgumentException">The item has no description, or a component has no make or model, an undefined category or role, or a null step.</exception>
    public void Save(MaterielItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Validate(item);
        using SqliteTransaction tx = _connection.BeginTransaction();
        foreach (string table in new[] { "component_trace", "component_photos", "materiel_components", "materiel" })
        {
            using SqliteCommand del = Command($"DELETE FROM {table} WHERE {(table == "materiel" ? "id" : "materiel_id")} = $id;", tx);
            del.Parameters.AddWithValue("$id", item.Id.Value);
            del.ExecuteNonQuery();
        }

        using (SqliteCommand cmd = Command(
            "INSERT INTO materiel (id, what, lat, lon, alt, recovered_at, incident_id) VALUES ($id, $what, $lat, $lon, $alt, $at, $inc);", tx))
        {
            cmd.Parameters.AddWithValue("$id", item.Id.Value);
            cmd.Parameters.AddWithValue("$what", item.What);
            cmd.Parameters.AddWithValue("$lat", item.Place.LatitudeDeg);
            cmd.Parameters.AddWithValue("$lon", item.Place.LongitudeDeg);
            cmd.Parameters.AddWithValue("$alt", item.Place.AltitudeM);
            cmd.Parameters.AddWithValue("$at", SqliteFile.FormatTime(item.RecoveredAt));
            cmd.Parameters.AddWithValue("$inc", item.Incident is IncidentId i ? i.Value : DBNull.Value);
            cmd.ExecuteNonQuery();
        }

        for (int c = 0; c < item.Components.Count; c++)
        {
            Component comp = item.Components[c];
            using (SqliteCommand cmd = Command(
                """
                INSERT INTO materiel_components (materiel_id, position, make, model, serial, markings, category)
                VALUES ($id, $c, $make, $model, $serial, $markings, $cat);
                """,
                tx))
            {
                cmd.Parameters.AddWithValue("$id", item.Id.Value);
                cmd.Parameters.AddWithValue("$c", c);
                cmd.Parameters.AddWithValue("$make", comp.Make);
                cmd.Parameters.AddWithValue("$model", comp.Model);
                cmd.Parameters.AddWithValue("$serial", (object?)comp.Serial ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$markings", comp.Markings);
                cmd.Parameters.AddWithValue("$cat", comp.Category.ToString());
                cmd.ExecuteNonQuery();
            }

            for (int p = 0; p < comp.Photos.Count; p++)
            {
                using SqliteCommand cmd = Command(
                    "INSERT INTO component_photos (materiel_id, component, position, sha256) VALUES ($id, $c, $p, $h);", tx);
                cmd.Parameters.AddWithValue("$id", item.Id.Value);
                cmd.Parameters.AddWithValue("$c", c);
                cmd.Parameters.AddWithValue("$p", p);
                cmd.Parameters.AddWithValue("$h", comp.Photos[p].Hex);
                cmd.ExecuteNonQuery();
            }

            for (int s = 0; s < comp.Trace.Count; s++)
            {
                TraceStep step = comp.Trace[s];
                using SqliteCommand cmd = Command(
                    """
                    INSERT INTO component_trace (materiel_id, component, position, from_kind, from_name, to_kind, to_name, role, on_date, source)
                    VALUES ($id, $c, $s, $fk, $fn, $tk, $tn, $role, $on, $src);
                    """,
                    tx);
                cmd.Parameters.AddWithValue("$id", item.Id.Value);
                cmd.Parameters.AddWithValue("$c", c);
                cmd.Parameters.AddWithValue("$s", s);
                cmd.Parameters.AddWithValue("$fk", step.From.Kind.ToString());
                cmd.Parameters.AddWithValue("$fn", step.From.Name);
                cmd.Parameters.AddWithValue("$tk", step.To.Kind.ToString());
                cmd.Parameters.AddWithValue("$tn", step.To.Name);
                cmd.Parameters.AddWithValue("$role", step.Role.ToString());
                cmd.Parameters.AddWithValue("$on", step.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                cmd.Parameters.AddWithValue("$src", step.Source.Hex);
                cmd.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    private static void Validate(MaterielItem item)
    {
        if (string.IsNullOrWhiteSpace(item.What))
        {
            throw new ArgumentException($"Materiel {item.Id} has no description of what was recovered.", nameof(item));
        }

        for (int c = 0; c < item.Components.Count; c++)
        {
            Component? comp = item.Components[c];
            if (comp is null || string.IsNullOrWhiteSpace(comp.Make) || string.IsNullOrWhiteSpace(comp.Model) || !Enum.IsDefined(comp.Category))
            {
                throw new ArgumentException($"Component {c} of materiel {item.Id} needs a make, a model and a defined category.", nameof(item));
            }

            foreach (TraceStep? step in comp.Trace)
            {
                if (step is null || !Enum.IsDefined(step.Role) || step.From.Name is null || step.To.Name is null)
                {
                    throw new ArgumentException($"Component {c} of materiel {item.Id} has an incomplete trace step.", nameof(item));
                }
            }
        }
    }

    /// <summary>The item with id <paramref name="id"/>, if stored.</summary>
    public bool TryLoad(MaterielId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MaterielItem? item)
    {
        IReadOnlyList<MaterielItem> found = Load("WHERE id = $v", id.Value);
        item = found.Count == 1 ? found[0] : null;
        return item is not null;
    }

    /// <summary>Every stored item, by id.</summary>
    public IReadOnlyList<MaterielItem> LoadAll() => Load(string.Empty, null);

    /// <summary>The items linked to <paramref name="incident"/>, by id.</summary>
    public IReadOnlyList<MaterielItem> ForIncident(IncidentId incident) => Load("WHERE incident_id = $v", incident.Value);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private List<MaterielItem> Load(string where, int? value)
    {
        var items = new List<MaterielItem>();
        using (SqliteCommand cmd = Command($"SELECT id, what, lat, lon, alt, recovered_at, incident_id FROM materiel {where} ORDER BY id;"))
        {
            if (value is int v)
            {
                cmd.Parameters.AddWithValue("$v", v);
            }

            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                items.Add(new MaterielItem
                {
                    Id = new MaterielId(r.GetInt32(0)),
                    What = r.GetString(1),
                    Place = new GeoPoint(r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)),
                    RecoveredAt = SqliteFile.ParseTime(r.GetString(5)),
                    Incident = r.IsDBNull(6) ? null : new IncidentId(r.GetInt32(6)),
                });
            }
        }

        for (int k = 0; k < items.Count; k++)
        {
            items[k] = items[k] with { Components = LoadComponents(items[k].Id) };
        }

        return items;
    }

    private List<Component> LoadComponents(MaterielId id)
    {
        var components = new List<Component>();
        using (SqliteCommand cmd = Command(
            "SELECT make, model, serial, markings, category FROM materiel_components WHERE materiel_id = $id ORDER BY position;"))
        {
            cmd.Parameters.AddWithValue("$id", id.Value);
            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                components.Add(new Component
                {
                    Make = r.GetString(0),
                    Model = r.GetString(1),
                    Serial = r.IsDBNull(2) ? null : r.GetString(2),
                    Markings = r.GetString(3),
                    Category = ParseEnum<DualUseCategory>(r.GetString(4), id),
                });
            }
        }

        for (int c = 0; c < components.Count; c++)
        {
            var photos = new List<EvidenceId>();
            using (SqliteCommand cmd = Command("SELECT sha256 FROM component_photos WHERE materiel_id = $id AND component = $c ORDER BY position;"))
            {
                cmd.Parameters.AddWithValue("$id", id.Value);
                cmd.Parameters.AddWithValue("$c", c);
                using SqliteDataReader r = cmd.ExecuteReader();
                while (r.Read())
                {
                    photos.Add(EvidenceId.Parse(r.GetString(0)));
                }
            }

            var trace = new List<TraceStep>();
            using (SqliteCommand cmd = Command(
                """
                SELECT from_kind, from_name, to_kind, to_name, role, on_date, source
                FROM component_trace WHERE materiel_id = $id AND component = $c ORDER BY position;
                """))
            {
                cmd.Parameters.AddWithValue("$id", id.Value);
                cmd.Parameters.AddWithValue("$c", c);
                using SqliteDataReader r = cmd.ExecuteReader();
                while (r.Read())
                {
                    trace.Add(new TraceStep(
                        new Party(ParseEnum<PartyKind>(r.GetString(0), id), r.GetString(1)),
                        new Party(ParseEnum<PartyKind>(r.GetString(2), id), r.GetString(3)),
                        ParseEnum<TraceRole>(r.GetString(4), id),
                        DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        EvidenceId.Parse(r.GetString(6))));
                }
            }

            components[c] = components[c] with { Photos = photos, Trace = trace };
        }

        return components;
    }

    private static T ParseEnum<T>(string s, MaterielId id)
        where T : struct, Enum =>
        Enum.TryParse(s, ignoreCase: false, out T value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"Materiel {id} has an unknown {typeof(T).Name} \"{s}\".");

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null) => _connection.Command(sql, tx);

    private void Execute(string sql, SqliteTransaction? tx = null) => _connection.Execute(sql, tx);
}
