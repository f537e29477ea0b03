using Hoshi.Core.Evaluation;
using Hoshi.Data.Entities;

namespace Hoshi.Data.Commands;

/// <param name="RequiredLevel">The ★ asked for; null takes the supplier's decided ★.</param>
public sealed record RequestInput(int? RequiredLevel, DateOnly DueOn, string? Message);

/// <summary>A ★ the supplier already holds, as registered by the scheme.</summary>
public sealed record DeclarationInput(int Level, string? RegistrationNumber, DateOnly? ObtainedOn, DateOnly? ValidUntil, string? RespondentName, string? Comment);

public sealed record QuestionnaireAnswer(string CriterionId, AnswerStatus Status, string? Justification);

public enum ReviewDecision
{
    Accept,
    Return,
    Reject,
}

/// <summary>What the holder of a request link may see: the request, whom it is for and from.</summary>
/// <param name="NewClaim">The claim secret, when this opening claimed the link; kept by the browser, shown nowhere.</param>
public sealed record PortalSession(SupplierRequest Request, string SupplierName, string BuyerName, string? NewClaim);
