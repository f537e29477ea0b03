using System.Collections;
using System.CommandLine;
using Hoshi.Cli.Commands;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Csv;
using Hoshi.Core.Input;
using Hoshi.Data.Commands;
using Hoshi.Hosting;

namespace Hoshi.Cli;

/// <summary>
/// The `hoshi` command. Exit codes: 0 success; 1 a user error, with the reason on stderr; 2 a usage error.
/// </summary>
public sealed class HoshiCli(TextWriter output, TextWriter error, IDictionary environment, TimeProvider? clock = null)
{
    private readonly CliContext context = new(output, error, environment, clock ?? TimeProvider.System);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Hoshi (星): supply-chain security self-assessment for the METI/IPA ★ scheme.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(CatalogCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(OrgCommand.Create(context));
        root.Subcommands.Add(ScopeCommand.Create(context));
        root.Subcommands.Add(AssessmentCommand.Create(context));
        root.Subcommands.Add(AnswerCommand.Create(context));
        root.Subcommands.Add(EvidenceCommand.Create(context));
        root.Subcommands.Add(ActionCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(AttestationCommand.Create(context));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                await error.WriteLineAsync($"hoshi: {parseError.Message}");
            }

            await error.WriteLineAsync($"Run 'hoshi {string.Join(' ', CommandPath(result))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.UsageError;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            foreach (var inputError in e.Errors)
            {
                await error.WriteLineAsync(inputError.ToString());
            }

            return ExitCodes.UserError;
        }
        catch (Exception e) when (e is CommandException or CatalogFormatException or SettingsException or CsvFormatException or UsageException)
        {
            await error.WriteLineAsync($"hoshi: {e.Message}");
            return e is UsageException ? ExitCodes.UsageError : ExitCodes.UserError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"hoshi: {e.Message}");
            return ExitCodes.UserError;
        }
    }

    private static List<string> CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (var symbol = result.CommandResult; symbol is not null; symbol = symbol.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (symbol.Command is not RootCommand)
            {
                names.Insert(0, symbol.Command.Name);
            }
        }

        return names;
    }
}
