using Hoshi.Data.Entities;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>How supplier and request states read on screen and in exports.</summary>
public static class SupplierNames
{
    public static string Status(SupplierStatus status) => status switch
    {
        SupplierStatus.NotRequested => Ui.T("未依頼", "Not requested"),
        SupplierStatus.Requested => Ui.T("依頼中", "Requested"),
        SupplierStatus.Answered => Ui.T("回答あり（確認待ち）", "Answered"),
        SupplierStatus.Returned => Ui.T("差戻し中", "Returned"),
        SupplierStatus.Accepted => Ui.T("承認済み", "Accepted"),
        SupplierStatus.Rejected => Ui.T("却下", "Rejected"),
        SupplierStatus.Expired => Ui.T("有効期限切れ", "Expired"),
        _ => status.ToString(),
    };

    public static string StatusClass(SupplierStatus status) => status switch
    {
        SupplierStatus.Accepted => "ok",
        SupplierStatus.Answered => "info",
        SupplierStatus.Returned or SupplierStatus.Requested => "warn",
        SupplierStatus.Rejected or SupplierStatus.Expired => "bad",
        _ => "muted",
    };

    public static string Request(RequestStatus status) => status switch
    {
        RequestStatus.Open => Ui.T("回答待ち", "Waiting for answer"),
        RequestStatus.Answered => Ui.T("回答あり（確認待ち）", "Answered, to review"),
        RequestStatus.Returned => Ui.T("差戻し中", "Returned for clarification"),
        RequestStatus.Accepted => Ui.T("承認", "Accepted"),
        RequestStatus.Rejected => Ui.T("却下", "Rejected"),
        RequestStatus.Withdrawn => Ui.T("取り下げ", "Withdrawn"),
        _ => status.ToString(),
    };

    public static string Response(ResponseKind? kind) => kind switch
    {
        ResponseKind.SharedAssessment => Ui.T("自己評価を共有", "Shared its assessment"),
        ResponseKind.Questionnaire => Ui.T("質問票に回答", "Answered the questionnaire"),
        ResponseKind.Declaration => Ui.T("取得済みの★を申告", "Declared a ★ obtained"),
        ResponseKind.Attestation => Ui.T("署名付き証明書を提出", "Sent a signed attestation"),
        _ => "—",
    };

    public static string Level(int? level) => level is { } l ? $"★{l}" : Ui.T("未決定", "Not decided");
}
