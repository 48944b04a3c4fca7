using System.CommandLine;
using Vigil.Cli.Decoding;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil decode asterix|sapient|remoteid FILE...</c>: prints one JSON object per decoded record or
/// message (NDJSON) on stdout; pcap and pcapng captures are recognised by their content. Every
/// rejection goes to stderr as "FILE: offset N: reason". Exit 0 when everything decoded, 2 when
/// anything was rejected or a file could not be read.
/// </summary>
internal static class DecodeCommand
{
    public static Command Create()
    {
        var command = new Command("decode", "Decode sensor messages from files or captures to NDJSON.");
        command.Subcommands.Add(Format("asterix", "ASTERIX data blocks (CAT034, CAT048, CAT062, CAT065): raw datagrams or a pcap/pcapng of UDP.", SensorDecoding.Asterix));
        command.Subcommands.Add(Format("sapient", "SAPIENT (BSI Flex 335 v2.0) messages: one in protobuf JSON, or length-prefixed binary frames; each is validated.", SensorDecoding.Sapient));
        command.Subcommands.Add(Format("remoteid", "Remote ID (ASTM F3411) broadcasts: a pcap/pcapng of Wi-Fi beacons, NAN or Bluetooth LE, or a run of 25-byte messages and packs.", SensorDecoding.RemoteId));
        return command;
    }

    private static Command Format(string name, string description, SensorDecoding.FileDecoder decode)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Files to decode.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { files };
        command.SetAction(parse =>
        {
            int rejected = 0;
            using var output = new JsonLines(Console.OpenStandardOutput());
            foreach (FileInfo file in parse.GetValue(files)!)
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(file.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"vigil: {file.FullName}: {e.Message}");
                    rejected++;
                    continue;
                }

                decode(bytes, output, error =>
                {
                    rejected++;
                    Console.Error.WriteLine($"{file.FullName}: {error}");
                });
            }

            return rejected == 0 ? Program.Ok : Program.BadInput;
        });
        return command;
    }
}
