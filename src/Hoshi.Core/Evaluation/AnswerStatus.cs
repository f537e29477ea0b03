namespace Hoshi.Core.Evaluation;

/// <summary>The one status each criterion gets (SCHEME.md, "How an answer counts").</summary>
public enum AnswerStatus
{
    /// <summary>未回答. Never counts as met, and is never read as not applicable.</summary>
    Unanswered = 0,
    /// <summary>実施済.</summary>
    Implemented = 1,
    /// <summary>一部実施. Never counts as met, not even as half.</summary>
    Partial = 2,
    /// <summary>未実施.</summary>
    NotImplemented = 3,
    /// <summary>対象外. Counts as met only with a written justification.</summary>
    NotApplicable = 4,
}
