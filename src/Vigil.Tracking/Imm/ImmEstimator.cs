using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Tracking.Imm;

/// <summary>
/// The interacting-multiple-model estimator (H. A. P. Blom and Y. Bar-Shalom, "The interacting
/// multiple model algorithm for systems with Markovian switching coefficients", IEEE TAC 33(8), 1988;
/// Bar-Shalom, Li, Kirubarajan 2001, §11.6.6). Each update: (1) mixing: with the Markov switching
/// probabilities p_ij, c̄_j = Σ_i p_ij μ_i and each model starts from the mixture
/// x0_j = Σ_i μ_i|j x_i, P0_j = Σ_i μ_i|j (P_i + (x_i − x0_j)(x_i − x0_j)ᵀ), μ_i|j = p_ij μ_i / c̄_j;
/// (2) each model predicts and updates with its own Kalman filter; (3) model probabilities become
/// μ_j ∝ Λ_j c̄_j with Λ_j = N(ν_j; 0, S_j); (4) the output is the moment-matched mixture.
/// One switching step is taken per update (not per scan missed). Work buffers are reused: not
/// thread-safe, one per tracker.
/// </summary>
public sealed class ImmEstimator
{
    private static readonly double LogTwoPiCubedHalf = 1.5 * Math.Log(2 * Math.PI);
    private readonly IPredictor[] _models;
    private readonly double[] _transition;
    private readonly double[] _initial;
    private readonly IUpdater _updater;
    private readonly GaussianState[] _mixed;
    private readonly GaussianState[] _work;
    private readonly double[] _cbar;
    private readonly double[] _weights;

    /// <summary>
    /// Creates an estimator over <paramref name="models"/>, with row-major switching probabilities
    /// (<paramref name="transition"/>[i·M + j] = P(model j next | model i now), rows summing to one)
    /// and the model probabilities of a new track.
    /// </summary>
    public ImmEstimator(IReadOnlyList<IPredictor> models, IReadOnlyList<double> transition, IReadOnlyList<double> initial, IUpdater updater)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(updater);
        int m = models.Count;
        if (m == 0 || transition.Count != m * m || initial.Count != m)
        {
            throw new ArgumentException($"{m} models need a {m}×{m} transition matrix and {m} initial probabilities.");
        }

        for (int i = 0; i < m; i++)
        {
            double row = 0;
            for (int j = 0; j < m; j++)
            {
                row += transition[(i * m) + j];
            }

            if (Math.Abs(row - 1) > 1e-9)
            {
                throw new ArgumentException($"Row {i} of the transition matrix sums to {row}, not 1.", nameof(transition));
            }
        }

        _models = [.. models];
        _transition = [.. transition];
        _initial = [.. initial];
        _updater = updater;
        _mixed = new GaussianState[m];
        _work = new GaussianState[m];
        _cbar = new double[m];
        _weights = new double[m];
    }

    /// <summary>The estimator of <see cref="ImmOptions"/>: CV, CT left, CT right.</summary>
    public static ImmEstimator From(ImmOptions imm, TrackerOptions options, IUpdater updater)
    {
        ArgumentNullException.ThrowIfNull(imm);
        ArgumentNullException.ThrowIfNull(options);
        double omega = imm.TurnRateDegPerS * Math.PI / 180;
        double stay = imm.StayProbability, move = (1 - stay) / 2;
        double turn = (1 - imm.InitialCvProbability) / 2;
        return new ImmEstimator(
            [
                new ConstantVelocityPredictor(options.HorizontalProcessNoise, options.VerticalProcessNoise),
                new CoordinatedTurnPredictor(omega, imm.TurnProcessNoise, options.VerticalProcessNoise),
                new CoordinatedTurnPredictor(-omega, imm.TurnProcessNoise, options.VerticalProcessNoise),
            ],
            [stay, move, move, move, stay, move, move, move, stay],
            [imm.InitialCvProbability, turn, turn],
            updater);
    }

    /// <summary>How many models.</summary>
    public int Models => _models.Length;

    /// <summary>New, empty per-track storage.</summary>
    public ImmModes NewModes() => new(_models.Length);

    /// <summary>Starts a track's models all at <paramref name="state"/> with the initial probabilities.</summary>
    public void Start(ImmModes modes, in GaussianState state)
    {
        ArgumentNullException.ThrowIfNull(modes);
        for (int j = 0; j < _models.Length; j++)
        {
            modes.States[j] = state;
            modes.Probabilities[j] = _initial[j];
        }
    }

    /// <summary>The mixture's prediction to <paramref name="at"/> (moment-matched), for gating; the track is not changed.</summary>
    public void Predict(ImmModes modes, DateTimeOffset at, out GaussianState combined)
    {
        ArgumentNullException.ThrowIfNull(modes);
        Mix(modes);
        for (int j = 0; j < _models.Length; j++)
        {
            _models[j].Predict(_mixed[j], at, out _work[j]);
        }

        Combine(_work, _cbar, out combined);
    }

    /// <summary>Updates the track's models with a measurement; returns the combined posterior.</summary>
    public bool TryUpdate(ImmModes modes, in Measurement measurement, out GaussianState combined)
    {
        ArgumentNullException.ThrowIfNull(modes);
        combined = default;
        Mix(modes);
        double maxLog = double.NegativeInfinity;
        for (int j = 0; j < _models.Length; j++)
        {
            _models[j].Predict(_mixed[j], measurement.At, out GaussianState prediction);
            _updater.Innovation(prediction, measurement, out Vector3 nu, out Matrix3 s);
            if (!s.TryInvert(out Matrix3 sInv) || !_updater.TryUpdate(prediction, measurement, out _work[j]))
            {
                return false;
            }

            // ln Λ_j + ln c̄_j, kept in logs until normalised.
            _weights[j] = (-0.5 * (sInv.Quadratic(nu) + Math.Log(s.Determinant()))) - LogTwoPiCubedHalf + Math.Log(_cbar[j]);
            maxLog = Math.Max(maxLog, _weights[j]);
        }

        double total = 0;
        for (int j = 0; j < _models.Length; j++)
        {
            _weights[j] = Math.Exp(_weights[j] - maxLog);
            total += _weights[j];
        }

        for (int j = 0; j < _models.Length; j++)
        {
            // A floor keeps every model able to come back after a long spell of another.
            modes.Probabilities[j] = Math.Max(_weights[j] / total, 1e-6);
            modes.States[j] = _work[j];
        }

        Normalise(modes.Probabilities);
        Combine(modes.States, modes.Probabilities, out combined);
        return true;
    }

    /// <summary>Step (1): c̄ and each model's mixed starting state, into the work buffers.</summary>
    private void Mix(ImmModes modes)
    {
        int m = _models.Length;
        for (int j = 0; j < m; j++)
        {
            double cbar = 0;
            for (int i = 0; i < m; i++)
            {
                cbar += _transition[(i * m) + j] * modes.Probabilities[i];
            }

            _cbar[j] = cbar;
        }

        for (int j = 0; j < m; j++)
        {
            for (int i = 0; i < m; i++)
            {
                _weights[i] = _transition[(i * m) + j] * modes.Probabilities[i] / _cbar[j];
            }

            Combine(modes.States, _weights, out _mixed[j]);
        }

        Normalise(_cbar);
    }

    /// <summary>The moment-matched Gaussian of a mixture: mean Σ w x, covariance Σ w (P + (x − x̄)(x − x̄)ᵀ). All states share a time.</summary>
    private static void Combine(ReadOnlySpan<GaussianState> states, ReadOnlySpan<double> weights, out GaussianState result)
    {
        result = default;
        result.At = states[0].At;
        for (int i = 0; i < states.Length; i++)
        {
            for (int r = 0; r < 6; r++)
            {
                result.Mean[r] += weights[i] * states[i].Mean[r];
            }
        }

        Span<double> d = stackalloc double[6];
        for (int i = 0; i < states.Length; i++)
        {
            for (int r = 0; r < 6; r++)
            {
                d[r] = states[i].Mean[r] - result.Mean[r];
            }

            for (int r = 0; r < 6; r++)
            {
                for (int c = 0; c < 6; c++)
                {
                    result.Covariance[(6 * r) + c] += weights[i] * (states[i].Covariance[(6 * r) + c] + (d[r] * d[c]));
                }
            }
        }
    }

    private static void Normalise(Span<double> p)
    {
        double total = 0;
        foreach (double v in p)
        {
            total += v;
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= total;
        }
    }
}
