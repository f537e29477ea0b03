using System.Globalization;
using System.Text;
using Hoshi.Data;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Web.Features.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Mail;

/// <summary>
/// The daily reminder mail to a buyer's administrators and editors: overdue requests, answers to review, ★ whose
/// validity ends within 30 days, and important suppliers due for the yearly check (requirement 14). The same
/// items show in the app on the portfolio; mail is sent only when SMTP is configured, at most once a day per
/// organization (an audit event records each digest).
/// </summary>
public sealed class SupplierReminders(HoshiDbContext db, Mailer mailer, TimeProvider clock)
{
    public const int WithinDays = 30;
    private const int MaxNamesPerItem = 20;

    /// <returns>How many mails went out.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!mailer.IsConfigured)
        {
            return 0;
        }

        var local = clock.GetLocalNow();
        var now = local.UtcDateTime;
        var today = DateOnly.FromDateTime(local.DateTime);
        // "Once a day" by the same calendar as "today": local midnight, as the UTC instant the audit log stores.
        var startOfDay = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), local.Offset).UtcDateTime;
        var organizations = await db.Suppliers.AsNoTracking().Select(s => s.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var org in organizations)
        {
            if (await db.AuditEvents.AnyAsync(e => e.OrganizationId == org && e.Type == AuditEventType.RemindersSent && e.At >= startOfDay, cancellationToken))
            {
                continue;
            }

            var digest = await DigestAsync(org, today, cancellationToken);
            if (digest is null)
            {
                continue;
            }

            var recipients = await (
                from m in db.Memberships.AsNoTracking()
                join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                where m.OrganizationId == org && (m.Role == MemberRole.Administrator || m.Role == MemberRole.Editor)
                    && (m.ExpiresAt == null || m.ExpiresAt > now) && u.Email != null
                select u.Email!).Distinct().ToListAsync(cancellationToken);
            var delivered = 0;
            foreach (var to in recipients)
            {
                delivered += await mailer.SendAsync(to, digest.Value.Subject, digest.Value.Body, cancellationToken) ? 1 : 0;
            }

            db.Record(org, "hoshi", now, AuditEventType.RemindersSent, nameof(Organization), org, null,
                AuditTrail.Snapshot(new { recipients = recipients.Count, delivered }));
            await db.SaveChangesAsync(cancellationToken);
            sent += delivered;
        }

        return sent;
    }

    private async Task<(string Subject, string Body)?> DigestAsync(Guid org, DateOnly today, CancellationToken cancellationToken)
    {
        var suppliers = db.Suppliers.AsNoTracking().Where(s => s.OrganizationId == org);
        var sections = new (string Title, IQueryable<Supplier> Query)[]
        {
            ("回答期限を過ぎた依頼 / Overdue requests", suppliers.Where(Portfolio.Overdue(today))),
            ("確認待ちの回答 / Answers to review", suppliers.Where(s => s.Status == SupplierStatus.Answered)),
            ($"{WithinDays}日以内に有効期限 / Validity ends within {WithinDays} days", suppliers.Where(Portfolio.ValidityEnding(today, WithinDays))),
            ("年次確認が必要な重要取引先 / Yearly check due", suppliers.Where(Portfolio.YearlyCheckDue(today))),
        };

        var body = new StringBuilder();
        var total = 0;
        foreach (var (title, query) in sections)
        {
            var count = await query.CountAsync(cancellationToken);
            if (count == 0)
            {
                continue;
            }

            total += count;
            body.AppendLine(CultureInfo.InvariantCulture, $"■ {title}: {count}");
            foreach (var s in await query.OrderBy(s => s.Name).Take(MaxNamesPerItem).ToListAsync(cancellationToken))
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"  - {s.Name}{(s.ValidUntil is { } v ? $"（有効期限 {v:yyyy-MM-dd}）" : "")}{(s.RequestDueOn is { } d ? $"（回答期限 {d:yyyy-MM-dd}）" : "")}");
            }

            if (count > MaxNamesPerItem)
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"  ほか {count - MaxNamesPerItem}社 / and {count - MaxNamesPerItem} more");
            }

            body.AppendLine();
        }

        if (total == 0)
        {
            return null;
        }

        body.AppendLine("詳しくはHoshiの「取引先」画面をご覧ください。 / See Suppliers in Hoshi for details.");
        return ($"Hoshi: 取引先の確認事項 {total}件 / {total} supplier items to follow up", body.ToString());
    }
}
