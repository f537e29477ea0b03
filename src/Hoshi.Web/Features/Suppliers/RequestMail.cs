using System.Globalization;
using Hoshi.Data.Entities;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>The mail that carries a request's link to the supplier's contact: Japanese first, English below.</summary>
public static class RequestMail
{
    public static (string Subject, string Body) Compose(string buyer, Supplier supplier, SupplierRequest request, string link)
    {
        var due = request.DueOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var dueEn = request.DueOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var subject = $"【{buyer}】セキュリティ対策評価（★{request.RequiredLevel}）のご回答のお願い / ★{request.RequiredLevel} request";
        var body = $"""
            {supplier.Name}
            {supplier.ContactName ?? "ご担当者"} 様

            {buyer} より、サプライチェーン強化に向けたセキュリティ対策評価制度の★{request.RequiredLevel}について、ご回答をお願いします。
            回答期限: {due}
            {(request.Message is { } m ? "\nメッセージ:\n" + m + "\n" : "")}
            次のリンクからご回答ください（アカウントは不要です）。このリンクは最初に開いたブラウザーだけで使えます。
            {link}

            ---
            {buyer} asks {supplier.Name} to show its ★{request.RequiredLevel} under the supply-chain security evaluation scheme,
            by {dueEn}. Answer from the link above; no account is needed. Only the browser that opens it first can use it.
            """;
        return (subject, body);
    }
}
