namespace Vigil.Incidents;

/// <summary>Where a piece of evidence was collected from: a URL or a device, as recorded at collection.</summary>
public readonly record struct EvidenceOrigin
{
    /// <summary>Creates an origin.</summary>
    /// <exception cref="ArgumentException">The location is empty, or a URL origin is not an absolute http or https URL.</exception>
    public EvidenceOrigin(OriginKind kind, string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (kind == OriginKind.Url && !(Uri.TryCreate(location, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"Not an absolute http or https URL: \"{location}\".", nameof(location));
        }

        Kind = kind;
        Location = location;
    }

    /// <summary>URL or device.</summary>
    public OriginKind Kind { get; }

    /// <summary>The URL captured, or the device's description (make, model, serial, or a sensor id).</summary>
    public string Location { get; }

    /// <summary>Captured from <paramref name="url"/>.</summary>
    public static EvidenceOrigin Url(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new(OriginKind.Url, url.AbsoluteUri);
    }

    /// <summary>Taken from the device described by <paramref name="device"/>.</summary>
    public static EvidenceOrigin Device(string device) => new(OriginKind.Device, device);

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Location}";
}
