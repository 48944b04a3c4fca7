namespace Vigil.Cli.Bench;

/// <summary>A DevTools protocol command failed: the browser's error, a closed connection, or no answer in time.</summary>
internal sealed class CdpException : Exception
{
    public CdpException()
    {
    }

    public CdpException(string message)
        : base(message)
    {
    }

    public CdpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
