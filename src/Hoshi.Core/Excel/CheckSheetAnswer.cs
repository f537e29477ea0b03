using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Excel;

/// <summary>What the check sheet shows of one criterion's answer; <see cref="Version"/> travels with the sheet.</summary>
public sealed record CheckSheetAnswer(
    AnswerStatus Status, string? Justification, string? Note, string? Owner, int Version,
    IReadOnlyList<string> EvidenceNames, DateOnly? DueDate);
