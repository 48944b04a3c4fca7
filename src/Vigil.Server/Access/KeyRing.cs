using Vigil.Storage;

namespace Vigil.Server.Access;

/// <summary>Looks up API keys for the server: one key store behind a lock, shared by every request.</summary>
public sealed class KeyRing : IDisposable
{
    private readonly SqliteKeyStore _store;
    private readonly Lock _lock = new();

    /// <summary>Opens the key table of the database at <paramref name="dbPath"/>.</summary>
    public KeyRing(string dbPath) => _store = SqliteKeyStore.Open(dbPath);

    /// <summary>The valid key whose secret is <paramref name="secret"/>, or null.</summary>
    public ApiKey? Find(string secret)
    {
        lock (_lock)
        {
            return _store.Find(secret);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
