using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Excel;

/// <summary>One row read back from a check sheet: the answer as edited, and the version it was exported at.</summary>
public sealed record CheckSheetRow(int Row, string CriterionId, AnswerStatus Status, string? Justification, string? Note, string? Owner, int Version);
