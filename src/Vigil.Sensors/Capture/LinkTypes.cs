namespace Vigil.Sensors.Capture;

/// <summary>
/// The link-layer header types Vigil reads, as numbered by tcpdump.org's LINKTYPE_ registry
/// (https://www.tcpdump.org/linktypes.html).
/// </summary>
public static class LinkTypes
{
    /// <summary>BSD loopback: a 4-byte address family in the capturing host's byte order.</summary>
    public const int Null = 0;

    /// <summary>Ethernet II (IEEE 802.3).</summary>
    public const int Ethernet = 1;

    /// <summary>Raw IPv4 or IPv6, no link header.</summary>
    public const int Raw = 101;

    /// <summary>IEEE 802.11 without a radio header.</summary>
    public const int Ieee80211 = 105;

    /// <summary>Linux "cooked" capture, version 1 (16-byte header).</summary>
    public const int LinuxSll = 113;

    /// <summary>IEEE 802.11 with a radiotap header.</summary>
    public const int Ieee80211Radiotap = 127;

    /// <summary>Bluetooth LE link layer (access address first).</summary>
    public const int BluetoothLeLl = 251;

    /// <summary>Bluetooth LE link layer behind a Nordic Semiconductor sniffer header.</summary>
    public const int NordicBle = 272;

    /// <summary>Linux "cooked" capture, version 2 (20-byte header).</summary>
    public const int LinuxSll2 = 276;
}
