using Hoshi.Hosting;

namespace Hoshi.Web.Hosting;

/// <summary>
/// The web host's settings: the same environment variables as the command line (HOSHI_DATA_DIR, …), each
/// overridable by configuration (Hoshi:DataDir, Hoshi:DbProvider, Hoshi:DbConnection, Hoshi:MaxEvidenceMb).
/// </summary>
internal static class WebSettings
{
    public static HoshiSettings Read(IConfiguration configuration)
    {
        var settings = HoshiSettings.FromEnvironment();
        if (configuration["Hoshi:DataDir"] is { Length: > 0 } dataDirectory)
        {
            settings = settings with { DataDirectory = dataDirectory };
        }

        if (configuration["Hoshi:DbProvider"] is { Length: > 0 } provider)
        {
            settings = settings with { Provider = HoshiSettings.ParseProvider(provider) };
        }

        if (configuration["Hoshi:DbConnection"] is { Length: > 0 } connection)
        {
            settings = settings with { ConnectionString = connection };
        }

        if (configuration.GetValue<int?>("Hoshi:MaxEvidenceMb") is { } megabytes)
        {
            settings = settings with { MaxEvidenceBytes = megabytes * 1024L * 1024L };
        }

        return settings with { DataDirectory = Path.GetFullPath(settings.DataDirectory) };
    }
}
