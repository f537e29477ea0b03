namespace Hoshi.Data.Entities;

/// <summary>How a supplier answered a request; stored by name.</summary>
public enum ResponseKind
{
    /// <summary>Shared an assessment from its own Hoshi organization, by consent.</summary>
    SharedAssessment,
    /// <summary>Filled in the questionnaire in the supplier portal.</summary>
    Questionnaire,
    /// <summary>Declared a ★ already obtained.</summary>
    Declaration,
    /// <summary>Uploaded an attestation signed by its own Hoshi (for a supplier that runs Hoshi elsewhere).</summary>
    Attestation,
}
