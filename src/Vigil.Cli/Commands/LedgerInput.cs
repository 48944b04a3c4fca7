using System.Text;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;

namespace Vigil.Cli.Commands;

/// <summary>
/// Reads a command's input files — reports, CSV rows, and the ledger's keys, notes, proofs,
/// entries — each returning null
/// after saying on stderr what is wrong and where (the caller exits with 2).
/// </summary>
internal static class LedgerInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes, or null when it cannot be read.</summary>
    public static byte[]? Bytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail<byte[]>(File.Exists(path) ? $"{path}: {e.Message}" : $"{path}: no such file");
        }
    }

    /// <summary>A log's verifier key given to <paramref name="option"/>.</summary>
    public static NoteVerifier? LogKey(string text, string option) =>
        NoteVerifier.TryParse(text.Trim(), out NoteVerifier? key, out string error) ? key : Fail<NoteVerifier>($"{option}: {error}");

    /// <summary>A witness's verifier key given to <paramref name="option"/>.</summary>
    public static CosignatureVerifier? WitnessKey(string text, string option) =>
        CosignatureVerifier.TryParse(text.Trim(), out CosignatureVerifier? key, out string error) ? key : Fail<CosignatureVerifier>($"{option}: {error}");

    /// <summary>The text of a signed checkpoint file, checked to parse.</summary>
    public static string? CheckpointText(string path)
    {
        if (Bytes(path) is not { } bytes)
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail<string>($"{path}: not valid UTF-8");
        }

        return SignedCheckpoint.TryParse(text, out _, out string error) ? text : Fail<string>($"{path}: {error}");
    }

    /// <summary>A signed checkpoint file.</summary>
    public static SignedCheckpoint? Checkpoint(string path) =>
        CheckpointText(path) is { } text && SignedCheckpoint.TryParse(text, out SignedCheckpoint? checkpoint, out _) ? checkpoint : null;

    /// <summary>A consistency proof file.</summary>
    public static ConsistencyProof? Consistency(string path) =>
        Bytes(path) is not { } bytes ? null
        : ConsistencyProof.TryParse(bytes, out ConsistencyProof? proof, out string error) ? proof : Fail<ConsistencyProof>($"{path}: {error}");

    /// <summary>An inclusion proof file.</summary>
    public static InclusionProof? Inclusion(string path) =>
        Bytes(path) is not { } bytes ? null
        : InclusionProof.TryParse(bytes, out InclusionProof? proof, out string error) ? proof : Fail<InclusionProof>($"{path}: {error}");

    /// <summary>A bundle file.</summary>
    public static Bundle? Bundle(string path) =>
        Bytes(path) is not { } bytes ? null
        : Ledger.Verification.Bundle.TryParse(bytes, out Bundle? bundle, out string error) ? bundle : Fail<Bundle>($"{path}: {error}");

    /// <summary>An entry given as a file name, or else as standard base64 of its bytes.</summary>
    public static byte[]? Entry(string value, string option)
    {
        if (File.Exists(value))
        {
            return Bytes(value);
        }

        byte[] buffer = new byte[value.Length / 4 * 3];
        return Convert.TryFromBase64String(value, buffer, out int written) && Convert.ToBase64String(buffer, 0, written) == value
            ? buffer[..written]
            : Fail<byte[]>($"{option}: '{value}' is neither a file nor canonical base64");
    }

    private static T? Fail<T>(string message)
        where T : class
    {
        Console.Error.WriteLine($"vigil: {message}");
        return null;
    }
}
