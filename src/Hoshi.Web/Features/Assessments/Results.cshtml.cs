using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Assessments;

/// <summary>
/// The assessment's results for others: a signed attestation (ECDSA P-256, the organization's key) that a buyer
/// verifies offline, and OSCAL 1.2.1 assessment-results.
/// </summary>
public sealed class ResultsModel(HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs, SigningKeyCommands keys) : OrgPageModel(db, clock)
{
    [FromRoute(Name = "assessment")]
    public Guid AssessmentId { get; set; }

    public Assessment Assessment { get; private set; } = null!;
    public string? Fingerprint { get; private set; }

    public async Task OnGetAsync()
    {
        Assessment = await Db.RequireAssessmentAsync(Org.Organization.Id, AssessmentId);
        Fingerprint = await keys.FingerprintAsync(Org.Organization.Id);
    }

    public async Task<IActionResult> OnGetOscalAsync(string? lang)
    {
        var record = await Db.LoadRecordAsync(catalogs, Org.Organization.Id, AssessmentId);
        var output = new MemoryStream();
        OscalAssessmentResultsWriter.Write(record, lang == "en" ? "en" : Ui.Language, output);
        return File(output.ToArray(), "application/json", $"assessment-results-{AssessmentId:N}.json");
    }

    /// <summary>Signing is a statement of the organization: it needs the right to edit, and is audited.</summary>
    public async Task<IActionResult> OnPostAttestationAsync()
    {
        if (!Org.Can(Access.Edit, AssessmentId))
        {
            return Forbid();
        }

        var bytes = await keys.SignAttestationAsync(Org.Organization.Id, AssessmentId, Actor);
        return File(bytes, "application/json", $"attestation-{Clock.GetUtcNow():yyyyMMdd}-{AssessmentId:N}.json");
    }
}
