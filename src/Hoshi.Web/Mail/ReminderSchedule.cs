namespace Hoshi.Web.Mail;

/// <summary>Runs the supplier reminders every hour; each organization gets at most one digest a day.</summary>
public sealed partial class ReminderSchedule(IServiceScopeFactory scopes, MailSettings settings, ILogger<ReminderSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SupplierReminders>().SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    LogSent(logger, sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} supplier reminder mail(s)")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Supplier reminders failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
