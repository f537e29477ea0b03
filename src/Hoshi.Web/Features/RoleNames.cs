using Hoshi.Data.Entities;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features;

public static class RoleNames
{
    public static string Of(MemberRole role) => role switch
    {
        MemberRole.Administrator => Ui.T("管理者", "Administrator"),
        MemberRole.Editor => Ui.T("編集者", "Editor"),
        MemberRole.Viewer => Ui.T("閲覧者", "Viewer"),
        _ => Ui.T("評価者", "Assessor"),
    };
}
