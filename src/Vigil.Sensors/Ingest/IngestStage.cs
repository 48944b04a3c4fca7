using System.Threading.Channels;

namespace Vigil.Sensors.Ingest;

/// <summary>Runs an ingest stage: one reader of its input channel, plots out, back-pressure both ways.</summary>
public static class IngestStage
{
    /// <summary>
    /// Takes every item of <paramref name="input"/> through <paramref name="accept"/> until the input completes,
    /// writing the plots it yields to <paramref name="output"/> (waiting while that is full); completes the output at the end.
    /// </summary>
    public static async Task RunAsync<T>(ChannelReader<T> input, ChannelWriter<IngestedPlot> output, Action<T, List<IngestedPlot>> accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(accept);
        var plots = new List<IngestedPlot>();
        try
        {
            await foreach (T item in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                plots.Clear();
                accept(item, plots);
                foreach (IngestedPlot plot in plots)
                {
                    await output.WriteAsync(plot, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            output.TryComplete();
        }
    }
}
