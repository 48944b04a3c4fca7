namespace Vigil.Sensors.RemoteId;

/// <summary>How a Remote ID message reached the receiver.</summary>
public enum RemoteIdTransport : byte
{
    /// <summary>An IEEE 802.11 beacon's vendor-specific element (OUI FA:0B:BC, type 0x0D).</summary>
    WifiBeacon = 1,

    /// <summary>A Wi-Fi Aware (NAN) service discovery frame for the Open Drone ID service.</summary>
    WifiNan = 2,

    /// <summary>A Bluetooth LE legacy advertisement (Bluetooth 4).</summary>
    BluetoothLegacy = 3,

    /// <summary>A Bluetooth 5 extended advertisement (long range on the coded PHY, or 1M PHY).</summary>
    BluetoothExtended = 4,
}
