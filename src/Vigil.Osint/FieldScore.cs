namespace Vigil.Osint;

/// <summary>Precision, recall and F1 of one extracted field over a corpus.</summary>
/// <param name="Field">The field: "date", "place", "type", "fatalities" or "claims".</param>
/// <param name="TruePositives">Values extracted and equal to the expected ones.</param>
/// <param name="FalsePositives">Values extracted that are wrong or not expected at all.</param>
/// <param name="FalseNegatives">Expected values not extracted, or extracted wrong.</param>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), in [0, 1]; 1 when nothing was extracted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), in [0, 1]; 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>, in [0, 1].</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
