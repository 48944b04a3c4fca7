namespace Vigil.Storage;

/// <summary>An API key as stored: who holds it and what it may do. The secret itself is never stored, only its SHA-256.</summary>
/// <param name="Id">The key's public id (<c>k</c> and 12 hex digits); it names the key in every record the holder writes.</param>
/// <param name="Role">The holder's role: operator, liaison, facilitator, witness or observer.</param>
/// <param name="Party">The party the holder speaks for (an ISO 3166-1 alpha-2 code such as <c>PK</c>), or null.</param>
/// <param name="Name">A label for people ("Zhob ops cell"), or null.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="RevokedAt">When it was revoked, or null while it is valid.</param>
public sealed record ApiKey(string Id, string Role, string? Party, string? Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
