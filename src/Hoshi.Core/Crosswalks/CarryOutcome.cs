namespace Hoshi.Core.Crosswalks;

/// <summary>What became of a target criterion when answers were carried to it.</summary>
public enum CarryOutcome
{
    /// <summary>Every source criterion mapped to it has the same status, which it takes.</summary>
    Carried,
    /// <summary>Its source criteria have different statuses: it stays unanswered, with their justifications and evidence.</summary>
    Conflicting,
    /// <summary>It has source criteria, but none of them is answered.</summary>
    Unanswered,
    /// <summary>No source criterion maps to it: it is new and stays unanswered.</summary>
    New,
}
