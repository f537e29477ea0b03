namespace Hoshi.Data.Security;

/// <summary>What a request wants to do, checked against the member's role.</summary>
public enum Access
{
    /// <summary>See assessments, answers, evidence and reports.</summary>
    Read,
    /// <summary>Comment on an assessment (assessors, and everyone who may edit).</summary>
    Comment,
    /// <summary>Change answers, evidence, actions and assessments.</summary>
    Edit,
    /// <summary>Manage members and read the authentication log.</summary>
    Administer,
}
