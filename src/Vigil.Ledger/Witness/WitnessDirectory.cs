using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Witness;

/// <summary>
/// A witness's state directory: its signer key in <c>witness.key</c> (mode 600), and for each log
/// origin the signed note of the last checkpoint it cosigned, in <c>&lt;encoded origin&gt;.checkpoint</c>
/// (see <see cref="FileName"/>), replaced through a temporary file and a rename. An open directory
/// holds an exclusive lock on <c>witness.lock</c>, so two processes never decide on the same state at
/// once; dispose it to release the lock.
/// </summary>
public sealed class WitnessDirectory : IWitnessState, IDisposable
{
    /// <summary>The name of the key file in the directory.</summary>
    public const string KeyFileName = "witness.key";

    private const string LockFileName = "witness.lock";
    private const string Extension = ".checkpoint";
    private const int MaxEncodedOrigin = 200;

    private readonly FileStream _lock;

    private WitnessDirectory(string path, FileStream lockFile)
    {
        FullPath = path;
        _lock = lockFile;
    }

    /// <summary>The directory's full path.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Creates <paramref name="directory"/> (mode 700 when new) and a new witness key named
    /// <paramref name="name"/> in it, readable by the owner only. Refuses when a key file exists
    /// already, or the name is not a valid key name.
    /// </summary>
    /// <param name="directory">The state directory.</param>
    /// <param name="name">The witness's key name, e.g. <c>witness.example.org/w1</c>.</param>
    /// <param name="verifier">The new key's verifier, whose <see cref="NoteKey.VerifierKey"/> is to be published.</param>
    /// <param name="error">Why not, when it returns false.</param>
    /// <exception cref="IOException">The directory or file cannot be written.</exception>
    public static bool TryCreateKey(string directory, string name, [NotNullWhen(true)] out CosignatureVerifier? verifier, out string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(name);
        verifier = null;
        if (NoteSyntax.CheckKeyName(name) is { } nameError)
        {
            error = nameError;
            return false;
        }

        string path = Path.Combine(Path.GetFullPath(directory), KeyFileName);
        if (File.Exists(path))
        {
            error = $"{path} exists: refusing to overwrite the witness key";
            return false;
        }

        CreateDirectory(Path.GetDirectoryName(path)!);
        using var signer = new CosignatureSigner(name, Ed25519PrivateKey.Generate(), TimeProvider.System);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.UTF8.GetBytes(signer.ExportSignerKey() + "\n"));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            error = $"{path} exists: refusing to overwrite the witness key";
            return false;
        }

        verifier = signer.Verifier;
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Opens an existing state directory and takes its lock. Fails when the directory does not
    /// exist or another process holds the lock.
    /// </summary>
    public static bool TryOpen(string directory, [NotNullWhen(true)] out WitnessDirectory? opened, out string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        opened = null;
        string path = Path.GetFullPath(directory);
        if (!Directory.Exists(path))
        {
            error = $"{path}: no such directory (create the witness with 'vigil witness init')";
            return false;
        }

        try
        {
            opened = new WitnessDirectory(path, new FileStream(Path.Combine(path, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            error = $"{path} is in use by another witness process";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>
    /// The file name that holds the last checkpoint cosigned for <paramref name="origin"/>: ASCII
    /// lowercase letters, digits, '.' and '-' as they are, every other UTF-8 byte as '_' and two
    /// uppercase hex digits, then <c>.checkpoint</c>. Distinct origins get distinct names, even on a
    /// case-insensitive file system; an encoding over 200 characters is cut to 120 and followed by
    /// '_' and the SHA-256 of the origin in hex.
    /// </summary>
    public static string FileName(string origin)
    {
        ArgumentException.ThrowIfNullOrEmpty(origin);
        var builder = new StringBuilder(origin.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(origin))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('_').Append(Convert.ToHexString([b]));
            }
        }

        if (builder.Length > MaxEncodedOrigin)
        {
            builder.Length = 120;
            builder.Append('_').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(origin))));
        }

        return builder.Append(Extension).ToString();
    }

    /// <summary>Reads the witness key from <c>witness.key</c>; the signer stamps cosignatures with <paramref name="clock"/>.</summary>
    /// <exception cref="IOException">The key file exists but cannot be read.</exception>
    public bool TryLoadSigner(TimeProvider clock, [NotNullWhen(true)] out CosignatureSigner? signer, out string error)
    {
        ArgumentNullException.ThrowIfNull(clock);
        signer = null;
        string path = Path.Combine(FullPath, KeyFileName);
        if (!File.Exists(path))
        {
            error = $"{path}: no witness key (create it with 'vigil witness init')";
            return false;
        }

        string text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n');
        if (!CosignatureSigner.TryParse(text, clock, out signer, out error))
        {
            error = $"{path}: {error}";
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public string? LastCosigned(string origin)
    {
        string path = Path.Combine(FullPath, FileName(origin));
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
    }

    /// <inheritdoc />
    public void SaveCosigned(string origin, string signedNote)
    {
        ArgumentNullException.ThrowIfNull(signedNote);
        string path = Path.Combine(FullPath, FileName(origin));
        string temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(signedNote));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();

    private static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
