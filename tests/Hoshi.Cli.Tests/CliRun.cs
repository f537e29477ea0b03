using System.Collections;
using Hoshi.Cli;

namespace Hoshi.Cli.Tests;

/// <summary>Runs the `hoshi` command in-process with captured output and a controlled environment.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(IDictionary environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new HoshiCli(output, error, environment).RunAsync(args);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Hashtable { ["USER"] = "tester" }, args);
}
