using System.Diagnostics.CodeAnalysis;
using Vigil.Core;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Joins the messages of each sender into <see cref="RemoteIdObservation"/>s: it keeps the latest
/// Basic ID (per ID type), Operator ID, Self-ID and System message of each sender address, and yields
/// an observation whenever a Location message arrives. A sender silent for longer than the state
/// lifetime starts afresh; beyond the sender limit the longest silent one is forgotten. Time comes
/// from the messages' receipt times only.
/// </summary>
public sealed class RemoteIdAssembler
{
    private readonly Dictionary<SenderAddress, SenderState> _senders = [];
    private readonly TimeSpan _stateLifetime;
    private readonly int _maxSenders;

    /// <summary>Creates an assembler.</summary>
    /// <param name="stateLifetime">How long a sender's identity is kept without hearing from it; default 60 s.</param>
    /// <param name="maxSenders">How many senders to keep state for; default 10,000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive lifetime or limit.</exception>
    public RemoteIdAssembler(TimeSpan? stateLifetime = null, int maxSenders = 10_000)
    {
        _stateLifetime = stateLifetime ?? TimeSpan.FromSeconds(60);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_stateLifetime, TimeSpan.Zero, nameof(stateLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSenders, 1);
        _maxSenders = maxSenders;
    }

    /// <summary>Senders with state.</summary>
    public int SenderCount => _senders.Count;

    /// <summary>Takes in one message; true with an observation when it is a Location message.</summary>
    public bool TryAdd(in CapturedRemoteIdMessage message, [NotNullWhen(true)] out RemoteIdObservation? observation)
    {
        observation = null;
        SenderState state = StateOf(message.Sender, message.ReceivedAt);
        RemoteIdMessage m = message.Message;
        switch (m.Type)
        {
            case RemoteIdMessageType.BasicId:
                state.SetIdentity(m.BasicId);
                return false;
            case RemoteIdMessageType.OperatorId:
                state.OperatorId = Refresh(state.OperatorId, m.OperatorId.OperatorId);
                return false;
            case RemoteIdMessageType.SelfId:
                state.Description = Refresh(state.Description, m.SelfId.Description);
                return false;
            case RemoteIdMessageType.System:
                state.System = m.System;
                return false;
            case RemoteIdMessageType.Location:
                observation = Observe(state, m.Location, message);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Forgets every sender not heard from within the state lifetime before <paramref name="now"/>.</summary>
    public void Prune(DateTimeOffset now)
    {
        foreach ((SenderAddress sender, SenderState state) in _senders)
        {
            if (now - state.LastHeard > _stateLifetime)
            {
                _senders.Remove(sender);
            }
        }
    }

    private SenderState StateOf(SenderAddress sender, DateTimeOffset at)
    {
        if (_senders.TryGetValue(sender, out SenderState? state) && at - state.LastHeard <= _stateLifetime)
        {
            state.LastHeard = at > state.LastHeard ? at : state.LastHeard;
            return state;
        }

        if (state is null && _senders.Count >= _maxSenders)
        {
            SenderAddress oldest = default;
            DateTimeOffset oldestAt = DateTimeOffset.MaxValue;
            foreach ((SenderAddress key, SenderState value) in _senders)
            {
                if (value.LastHeard < oldestAt)
                {
                    (oldest, oldestAt) = (key, value.LastHeard);
                }
            }

            _senders.Remove(oldest);
        }

        state = new SenderState { LastHeard = at };
        _senders[sender] = state;
        return state;
    }

    private static string Refresh(string? current, RemoteIdBytes field) =>
        current is not null && field.TextEquals(current) ? current : field.ToString();

    private static RemoteIdObservation Observe(SenderState state, LocationMessage location, in CapturedRemoteIdMessage message)
    {
        double? geodetic = Known(location.GeodeticAltitudeM);
        GeoPoint? position = location.IsPositionKnown
            ? new GeoPoint(location.LatitudeDeg, location.LongitudeDeg, geodetic ?? 0)
            : null;
        GeoPoint? operatorPosition = null;
        double? operatorAltitude = null;
        if (state.System is { } system)
        {
            operatorAltitude = Known(system.OperatorAltitudeM);
            operatorPosition = system.IsOperatorPositionKnown
                ? new GeoPoint(system.OperatorLatitudeDeg, system.OperatorLongitudeDeg, operatorAltitude ?? 0)
                : null;
        }

        return new RemoteIdObservation
        {
            Sender = message.Sender,
            Transport = message.Transport,
            Identity = state.PrimaryIdentity(),
            Identities = state.Identities(),
            OperatorId = state.OperatorId,
            Description = state.Description,
            Status = location.Status,
            Position = position,
            GeodeticAltitudeM = geodetic,
            PressureAltitudeM = Known(location.PressureAltitudeM),
            HeightM = Known(location.HeightM),
            HeightReference = location.HeightReference,
            SpeedMps = location.IsSpeedKnown ? location.SpeedMps : null,
            TrackDeg = location.IsTrackKnown ? location.TrackDeg : null,
            VerticalSpeedMps = location.IsVerticalSpeedKnown ? location.VerticalSpeedMps : null,
            HorizontalAccuracyM = RemoteIdAccuracy.HorizontalM(location.HorizontalAccuracy),
            VerticalAccuracyM = RemoteIdAccuracy.VerticalM(location.GeodeticAltitudeAccuracy),
            SpeedAccuracyMps = RemoteIdAccuracy.SpeedMps(location.SpeedAccuracy),
            MeasuredAt = location.MeasuredAt(message.ReceivedAt) ?? message.ReceivedAt,
            ReceivedAt = message.ReceivedAt,
            OperatorPosition = operatorPosition,
            OperatorAltitudeM = operatorAltitude,
            OperatorLocationType = state.System?.OperatorLocationType,
        };
    }

    private static double? Known(double altitudeM) => altitudeM > RemoteIdUnknown.AltitudeM ? altitudeM : null;

    private sealed class SenderState
    {
        // One identity per ID type 0 to 15, in the order of first arrival.
        private readonly List<UasIdentity> _identities = [];

        public DateTimeOffset LastHeard { get; set; }

        public string? OperatorId { get; set; }

        public string? Description { get; set; }

        public SystemMessage? System { get; set; }

        public void SetIdentity(BasicIdMessage basicId)
        {
            for (int i = 0; i < _identities.Count; i++)
            {
                UasIdentity known = _identities[i];
                if (known.IdType == basicId.IdType)
                {
                    if (known.UaType != basicId.UaType || !basicId.UasId.TextEquals(known.UasId))
                    {
                        _identities[i] = new UasIdentity(basicId.IdType, basicId.UaType, basicId.UasId.ToString());
                    }

                    return;
                }
            }

            _identities.Add(new UasIdentity(basicId.IdType, basicId.UaType, basicId.UasId.ToString()));
        }

        public UasIdentity? PrimaryIdentity()
        {
            foreach (UasIdentity identity in _identities)
            {
                if (identity.IdType == UasIdType.SerialNumber)
                {
                    return identity;
                }
            }

            return _identities.Count > 0 ? _identities[^1] : null;
        }

        public IReadOnlyList<UasIdentity> Identities() => _identities.Count == 0 ? [] : _identities.ToArray();
    }
}
