using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Assessments;

/// <summary>
/// The Excel check sheet: download it, edit it offline, upload it back. The upload is checked whole (every
/// bad cell with sheet, row and column) and against colleagues' edits made since the export; nothing is
/// written unless every row is valid.
/// </summary>
public sealed class ExcelModel(HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs, AnswerCommands answers) : OrgPageModel(db, clock)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [FromRoute(Name = "assessment")]
    public Guid AssessmentId { get; set; }

    public Assessment Assessment { get; private set; } = null!;
    public IReadOnlyList<InputError> Errors { get; private set; } = [];
    public (int Read, int Changed)? Result { get; private set; }

    public async Task OnGetAsync() => Assessment = await Db.RequireAssessmentAsync(Org.Organization.Id, AssessmentId);

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var snapshot = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, AssessmentId);
        var rows = snapshot.Catalog.CriteriaUpTo(snapshot.Assessment.TargetLevel).ToDictionary(
            c => c.Id,
            c =>
            {
                var answer = snapshot.Answers.GetValueOrDefault(c.Id);
                var due = snapshot.Actions.Where(a => a.CriterionId == c.Id && a.IsOpen)
                    .Select(a => (DateOnly?)a.DueDate).Min();
                return new CheckSheetAnswer(
                    snapshot.StatusOf(c.Id), answer?.Justification, answer?.Note, answer?.Owner, answer?.Version ?? 0,
                    snapshot.Evidence.GetValueOrDefault(c.Id)?.Select(f => f.FileName).ToList() ?? [], due);
            },
            StringComparer.Ordinal);
        var buffer = new MemoryStream();
        CheckSheetWriter.Write(buffer, snapshot.Catalog, AssessmentId, snapshot.Assessment.Title, snapshot.Assessment.TargetLevel, rows, Clock.GetLocalNow());
        buffer.Position = 0;
        return File(buffer, XlsxType, $"{SafeName(snapshot.Assessment.Title)}_チェックシート.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        Assessment = await Db.RequireAssessmentAsync(Org.Organization.Id, AssessmentId);
        if (file is null || file.Length == 0)
        {
            Errors = [new InputError(Ui.T("（ファイル）", "(file)"), 0, Ui.T("取り込む Excel ファイルを選んでください。", "Choose the Excel file to import."))];
            return Page();
        }

        var catalog = catalogs.CatalogOf(Assessment);
        try
        {
            await using var content = file.OpenReadStream();
            var rows = CheckSheetReader.Read(content, Path.GetFileName(file.FileName), catalog, AssessmentId, Assessment.TargetLevel);
            var stored = Db.Answers.Where(a => a.OrganizationId == Org.Organization.Id && a.AssessmentId == AssessmentId)
                .ToDictionary(a => a.CriterionId, StringComparer.Ordinal);
            var changes = new List<AnswerChange>();
            var conflicts = new List<InputError>();
            foreach (var row in rows)
            {
                var current = stored.GetValueOrDefault(row.CriterionId);
                var unchanged = current is null
                    ? row is { Status: AnswerStatus.Unanswered, Justification: null, Note: null, Owner: null }
                    : current.Status == row.Status && current.Justification == row.Justification && current.Note == row.Note && current.Owner == row.Owner;
                if (unchanged)
                {
                    continue;
                }

                if ((current?.Version ?? 0) != row.Version)
                {
                    conflicts.Add(new InputError($"{file.FileName} [チェックシート]", row.Row,
                        Ui.T($"{row.CriterionId} は、このシートを出力した後に {current?.UpdatedBy} さんが Hoshi で更新しています。最新のシートを出力し直して編集してください。",
                             $"{row.CriterionId} was changed in Hoshi by {current?.UpdatedBy} after this sheet was exported. Export a new sheet and edit that."), "F"));
                    continue;
                }

                changes.Add(new AnswerChange(row.CriterionId, row.Status, row.Justification, row.Note, row.Owner));
            }

            if (conflicts.Count > 0)
            {
                Errors = conflicts;
                return Page();
            }

            var changed = await answers.ImportAsync(Org.Organization.Id, AssessmentId, changes, Actor);
            Result = (rows.Count, changed);
        }
        catch (InvalidInputException e)
        {
            Errors = e.Errors;
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            Errors = [new InputError(file.FileName, 0, ErrorText.Of(e))];
        }

        return Page();
    }

    private static string SafeName(string title) =>
        new(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or ';' ? '_' : c).ToArray());
}
