using System.Collections;
using System.CommandLine;
using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Hosting;

namespace Hoshi.Cli;

/// <summary>What a command's action works with: the output streams, settings, catalogs, database and actor.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IDictionary environment, TimeProvider clock)
{
    private CatalogLibrary? catalogs;

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public TimeProvider Clock { get; } = clock;

    public HoshiSettings Settings(ParseResult result) => GlobalOptions.Apply(HoshiSettings.FromVariables(environment), result);

    public CatalogLibrary Catalogs(ParseResult result) => catalogs ??= CatalogFiles.Load(Settings(result));

    public Catalog Catalog(ParseResult result, string? key) =>
        Catalogs(result).Resolve(key)
        ?? throw new CommandException($"no catalog \"{key}\"; installed: {string.Join(", ", Catalogs(result).Catalogs.Select(c => c.Key))}");

    public HoshiDbContext Database(ParseResult result) => HoshiDatabase.Open(Settings(result));

    public Actor Actor(ParseResult result) =>
        new(result.GetValue(GlobalOptions.Actor) is { Length: > 0 } name ? name : $"cli:{environment["USER"] as string ?? Environment.UserName}");
}
