namespace Hoshi.Data.Entities;

/// <summary>What a member may do in an organization; stored by name.</summary>
public enum MemberRole
{
    /// <summary>管理者: everything, including members and the authentication log. Must use MFA.</summary>
    Administrator,
    /// <summary>編集者: answers, evidence, actions.</summary>
    Editor,
    /// <summary>閲覧者: reads.</summary>
    Viewer,
    /// <summary>評価者: an outside expert; reads and comments on one assessment until the membership expires.</summary>
    Assessor,
}
