using System.CommandLine;
using Hoshi.Hosting;

namespace Hoshi.Cli;

/// <summary>Options several commands share; each command gets its own instance.</summary>
internal static class CommonOptions
{
    public static Option<Guid> Organization() => new("--org") { Description = "Organization id (from 'hoshi org create' or 'hoshi org list')", Required = true };

    public static Option<Guid> Assessment() => new("--assessment") { Description = "Assessment id (from 'hoshi assessment list')", Required = true };

    public static Option<string?> Catalog() => new("--catalog") { Description = "Catalog as id@version, or id for its newest version. Default: the newest catalog" };

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang") { Description = "Language of texts: ja (default) or en", DefaultValueFactory = _ => "ja" };
        option.AcceptOnlyFromAmong("ja", "en");
        return option;
    }

    public static Option<string> Format(string defaultValue, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)} (default {defaultValue})", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Out() => new("--out", "-o") { Description = "File to write; standard output when omitted" };

    public static Option<int> Level(bool required) => new("--level") { Description = "★ level: 3 or 4", Required = required };
}
