using Vigil.Simulation;

namespace Vigil.Cli.Bench;

/// <summary>
/// One drone of the manoeuvring benchmark: flies a random sequence of segments (cruise, coordinated
/// turn, hover, zig-zag), each drawn from its own generator when the previous one ends. Every segment
/// is a list of phases in which the turn rate and the along-track acceleration are constant, and each
/// phase is propagated in closed form, so positions and velocities are exact at any time (no
/// integration step and no drift).
/// </summary>
internal sealed class ManoeuvringDrone
{
    /// <summary>Cruise and post-hover speed range, m/s.</summary>
    public const double MinSpeed = 10, MaxSpeed = 30;

    /// <summary>Cruise duration range, s.</summary>
    public const double MinCruiseS = 10, MaxCruiseS = 40;

    /// <summary>Turn-rate magnitude range of a turn segment, °/s (the sign is drawn with equal odds).</summary>
    public const double MinTurnRateDegS = 6, MaxTurnRateDegS = 20;

    /// <summary>Heading change of a turn segment, degrees.</summary>
    public const double MinTurnDeg = 45, MaxTurnDeg = 180;

    /// <summary>Deceleration into and acceleration out of a hover, m/s².</summary>
    public const double HoverAccel = 3;

    /// <summary>Time spent stopped in a hover, s.</summary>
    public const double MinHoverS = 10, MaxHoverS = 30;

    /// <summary>Number of straight legs of a zig-zag (inclusive).</summary>
    public const int MinZigZagLegs = 3, MaxZigZagLegs = 6;

    /// <summary>Duration of one straight zig-zag leg, s.</summary>
    public const double MinZigZagLegS = 6, MaxZigZagLegS = 12;

    /// <summary>Heading change between zig-zag legs, degrees, alternating in sign.</summary>
    public const double MinZigZagDeg = 60, MaxZigZagDeg = 90;

    /// <summary>Turn rate of the heading changes between zig-zag legs, °/s.</summary>
    public const double ZigZagTurnRateDegS = 20;

    private static readonly string[] SegmentNames = ["cruise", "turn", "hover", "zig-zag"];

    private readonly Xoshiro256 _rng;
    private readonly Queue<Phase> _pending = new();
    private readonly bool[] _flown = new bool[SegmentNames.Length];
    private double _x, _y, _heading, _speed;
    private Phase _phase;
    private double _phaseLeft;

    /// <summary>A drone at (x, y) at the start of a segment, with a random speed and heading drawn from <paramref name="rng"/>.</summary>
    public ManoeuvringDrone(int id, double x, double y, Xoshiro256 rng)
    {
        Id = id;
        _x = x;
        _y = y;
        _rng = rng;
        _speed = Uniform(MinSpeed, MaxSpeed);
        _heading = Uniform(0, 2 * Math.PI);
        NextPhase();
    }

    /// <summary>The truth id (≥ 0).</summary>
    public int Id { get; }

    /// <summary>East position, metres.</summary>
    public double X => _x;

    /// <summary>North position, metres.</summary>
    public double Y => _y;

    /// <summary>East velocity, m/s (exactly 0 while stopped).</summary>
    public double Vx => _speed == 0 ? 0 : _speed * Math.Cos(_heading);

    /// <summary>North velocity, m/s (exactly 0 while stopped).</summary>
    public double Vy => _speed == 0 ? 0 : _speed * Math.Sin(_heading);

    /// <summary>The kinds of segment begun so far, in the order cruise, turn, hover, zig-zag, e.g. "cruise, hover".</summary>
    public string Behaviour => string.Join(", ", SegmentNames.Where((_, i) => _flown[i]));

    /// <summary>Flies for <paramref name="seconds"/>, through as many phases and segments as that takes.</summary>
    public void Advance(double seconds)
    {
        while (seconds > 0)
        {
            if (_phaseLeft <= seconds)
            {
                Propagate(_phaseLeft);
                seconds -= _phaseLeft;
                _speed = _phase.EndSpeed; // removes rounding, so a hover is an exact stop
                NextPhase();
            }
            else
            {
                Propagate(seconds);
                _phaseLeft -= seconds;
                seconds = 0;
            }
        }
    }

    private void NextPhase()
    {
        if (_pending.Count == 0)
        {
            QueueSegment();
        }

        _phase = _pending.Dequeue();
        _phaseLeft = _phase.Duration;
        if (!double.IsNaN(_phase.NewHeading))
        {
            _heading = _phase.NewHeading;
        }
    }

    /// <summary>Draws the next segment (each kind with equal odds) and queues its phases; the speed at its start is <c>_speed</c>.</summary>
    private void QueueSegment()
    {
        int kind = (int)(_rng.NextDouble() * SegmentNames.Length);
        _flown[kind] = true;
        double v = _speed;
        switch (kind)
        {
            case 0: // cruise: straight, constant speed
                _pending.Enqueue(new Phase(Uniform(MinCruiseS, MaxCruiseS), 0, 0, v));
                break;
            case 1: // coordinated turn: constant speed and turn rate until the heading has changed enough
            {
                double rate = Sign() * Radians(Uniform(MinTurnRateDegS, MaxTurnRateDegS));
                double change = Radians(Uniform(MinTurnDeg, MaxTurnDeg));
                _pending.Enqueue(new Phase(change / Math.Abs(rate), rate, 0, v));
                break;
            }

            case 2: // hover: brake to a stop, hold, then accelerate on a new heading to a new speed
            {
                double hold = Uniform(MinHoverS, MaxHoverS);
                double newSpeed = Uniform(MinSpeed, MaxSpeed);
                double newHeading = Uniform(0, 2 * Math.PI);
                _pending.Enqueue(new Phase(v / HoverAccel, 0, -HoverAccel, 0));
                _pending.Enqueue(new Phase(hold, 0, 0, 0));
                // Turning on the spot at zero speed moves nothing, so the heading simply jumps.
                _pending.Enqueue(new Phase(newSpeed / HoverAccel, 0, HoverAccel, newSpeed, newHeading));
                break;
            }

            default: // zig-zag: straight legs joined by turns at a fixed rate, alternating left and right
            {
                int legs = MinZigZagLegs + (int)(_rng.NextDouble() * (MaxZigZagLegs - MinZigZagLegs + 1));
                double sign = Sign();
                double rate = Radians(ZigZagTurnRateDegS);
                for (int leg = 0; leg < legs; leg++)
                {
                    _pending.Enqueue(new Phase(Uniform(MinZigZagLegS, MaxZigZagLegS), 0, 0, v));
                    if (leg < legs - 1)
                    {
                        double change = Radians(Uniform(MinZigZagDeg, MaxZigZagDeg));
                        _pending.Enqueue(new Phase(change / rate, sign * rate, 0, v));
                        sign = -sign;
                    }
                }

                break;
            }
        }
    }

    /// <summary>Moves along the current phase for <paramref name="h"/> seconds (0 ≤ h ≤ what is left of it), in closed form.</summary>
    private void Propagate(double h)
    {
        double omega = _phase.TurnRate;
        if (omega != 0)
        {
            // Constant speed v and turn rate ω: the velocity (v cos θ, v sin θ) with θ(t) = θ0 + ωt
            // integrates to x += (v/ω)(sin θ1 − sin θ0), y −= (v/ω)(cos θ1 − cos θ0), an arc of radius v/ω.
            double h1 = _heading + (omega * h);
            _x += _speed / omega * (Math.Sin(h1) - Math.Sin(_heading));
            _y -= _speed / omega * (Math.Cos(h1) - Math.Cos(_heading));
            _heading = h1;
        }
        else
        {
            // Straight line with constant along-track acceleration a: s = v h + a h²/2.
            double a = _phase.Accel;
            double s = (_speed * h) + (0.5 * a * h * h);
            _x += s * Math.Cos(_heading);
            _y += s * Math.Sin(_heading);
            _speed = Math.Max(0, _speed + (a * h));
        }
    }

    private double Uniform(double lo, double hi) => lo + ((hi - lo) * _rng.NextDouble());

    private double Sign() => _rng.NextDouble() < 0.5 ? -1 : 1;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    /// <summary>
    /// A stretch of constant turn rate (rad/s, positive = anticlockwise) and along-track acceleration
    /// (m/s²); either may be zero, never both non-zero. The speed is set to <see cref="EndSpeed"/> when
    /// it ends, and the heading to <see cref="NewHeading"/> (unless NaN) when it starts.
    /// </summary>
    private readonly record struct Phase(double Duration, double TurnRate, double Accel, double EndSpeed, double NewHeading = double.NaN);
}
