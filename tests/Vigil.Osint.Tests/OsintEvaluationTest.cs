namespace Vigil.Osint.Tests;

public sealed class OsintEvaluationTest
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    [Fact]
    public void Run_BundledCorpus_MeetsTheTargets()
    {
        OsintEvaluation evaluation = OsintEvaluation.Run(Fixtures.Extractor, Corpus);
        string detail = evaluation.Format() + string.Join('\n', evaluation.Misses);

        Assert.True(evaluation.Reports >= 20, $"got {evaluation.Reports} reports, want at least 20");
        foreach (string field in new[] { "date", "place", "type", "fatalities" })
        {
            Assert.True(evaluation[field].F1 >= 0.9, $"{field}: got F1 {evaluation[field].F1:0.000}, want >= 0.9\n{detail}");
        }

        Assert.True(evaluation["claims"].Recall >= 0.9, $"claims: got {evaluation["claims"].Recall:0.000} attributed correctly, want >= 0.9\n{detail}");
    }

    [Fact]
    public void Run_WrongExpectations_ScoresLow()
    {
        // The evaluation compares with the expected files: change what they say and the score drops.
        string dir = Directory.CreateTempSubdirectory("vigil-osint-").FullName;
        try
        {
            foreach (string txt in Directory.GetFiles(Corpus, "*.txt"))
            {
                File.Copy(txt, Path.Combine(dir, Path.GetFileName(txt)));
                string json = File.ReadAllText(Path.ChangeExtension(txt, ".json"))
                    .Replace("\"day\"", "\"month\"", StringComparison.Ordinal)
                    .Replace("\"asserts\"", "\"retracts\"", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(txt) + ".json"), json);
            }

            OsintEvaluation evaluation = OsintEvaluation.Run(Fixtures.Extractor, dir);

            Assert.True(evaluation["date"].F1 < 0.5, $"date: got F1 {evaluation["date"].F1:0.000}, want < 0.5");
            Assert.True(evaluation["claims"].Recall < 0.5, $"claims: got {evaluation["claims"].Recall:0.000}, want < 0.5");
            Assert.Equal(OsintEvaluation.Run(Fixtures.Extractor, Corpus)["type"].F1, evaluation["type"].F1); // untouched by the changes
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Run_MissingDirectory_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => OsintEvaluation.Run(Fixtures.Extractor, Path.Combine(Corpus, "nope")));
    }

    [Fact]
    public void FieldScore_Counts_GivePrecisionRecallF1()
    {
        var score = new FieldScore("date", 8, 2, 0);

        Assert.Equal(0.8, score.Precision, 9);
        Assert.Equal(1.0, score.Recall, 9);
        Assert.Equal(2 * 0.8 / 1.8, score.F1, 9);
    }
}
