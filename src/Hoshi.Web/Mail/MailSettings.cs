using System.Globalization;

namespace Hoshi.Web.Mail;

/// <summary>
/// Outgoing mail, optional. Without a host Hoshi sends nothing: request links are shown to the buyer to pass on,
/// and reminders stay in the app. Configuration Hoshi:Smtp:* or the variables HOSHI_SMTP_HOST, HOSHI_SMTP_PORT
/// (default 587), HOSHI_SMTP_FROM, HOSHI_SMTP_USER, HOSHI_SMTP_PASSWORD, HOSHI_SMTP_STARTTLS (default true).
/// </summary>
public sealed record MailSettings(string? Host, int Port, string From, string? User, string? Password, bool StartTls)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings Read(IConfiguration configuration)
    {
        string? Get(string key, string variable) =>
            configuration[$"Hoshi:Smtp:{key}"] is { Length: > 0 } value ? value : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env ? env : null;

        var port = Get("Port", "HOSHI_SMTP_PORT");
        return new MailSettings(
            Get("Host", "HOSHI_SMTP_HOST"),
            port is null ? 587 : int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
                ? p
                : throw new Hoshi.Hosting.SettingsException($"HOSHI_SMTP_PORT: \"{port}\" is not a port number"),
            Get("From", "HOSHI_SMTP_FROM") ?? "hoshi@localhost",
            Get("User", "HOSHI_SMTP_USER"),
            Get("Password", "HOSHI_SMTP_PASSWORD"),
            !string.Equals(Get("StartTls", "HOSHI_SMTP_STARTTLS"), "false", StringComparison.OrdinalIgnoreCase));
    }
}
