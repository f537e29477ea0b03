using System.Net;
using System.Net.Mail;
using System.Text;

namespace Hoshi.Web.Mail;

/// <summary>Sends plain-text mail through the configured SMTP server; does nothing when none is configured.</summary>
public sealed partial class Mailer(MailSettings settings, ILogger<Mailer> logger)
{
    public bool IsConfigured => settings.IsConfigured;

    /// <returns>True when the server accepted the message; failures are logged, never thrown at the caller.</returns>
    public async Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (!settings.IsConfigured)
        {
            return false;
        }

        try
        {
            using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.StartTls, DeliveryMethod = SmtpDeliveryMethod.Network };
            if (settings.User is { } user)
            {
                client.Credentials = new NetworkCredential(user, settings.Password);
            }

            using var message = new MailMessage(settings.From, to, subject, body)
            {
                BodyEncoding = Encoding.UTF8,
                SubjectEncoding = Encoding.UTF8,
            };
            await client.SendMailAsync(message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException or IOException)
        {
            LogNotSent(logger, e, to);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Recipient} could not be sent")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string recipient);
}
