using Hoshi.Web.Localization;

namespace Hoshi.Web.Features;

/// <summary>NIST CSF 2.0 function names, as the Japanese translation by IPA renders them.</summary>
public static class CsfNames
{
    public static string Function(string code) => code switch
    {
        "GV" => Ui.T("GV 統治", "GV Govern"),
        "ID" => Ui.T("ID 識別", "ID Identify"),
        "PR" => Ui.T("PR 防御", "PR Protect"),
        "DE" => Ui.T("DE 検知", "DE Detect"),
        "RS" => Ui.T("RS 対応", "RS Respond"),
        "RC" => Ui.T("RC 復旧", "RC Recover"),
        _ => code,
    };
}
