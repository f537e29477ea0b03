using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Crosswalks;

/// <summary>An answer of the assessment answers are carried from: its status, justification and the evidence files linked to it.</summary>
public sealed record SourceAnswer(string CriterionId, AnswerStatus Status, string? Justification, IReadOnlyList<Guid> Evidence);
