using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Hoshi.Core.Evaluation;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>Excel round trip through the pages: export, offline edit, import all or nothing.</summary>
public abstract class ExcelTests(DatabaseProvider provider) : WebFixture(provider)
{
    private static async Task<byte[]> DownloadAsync(Session session, Guid org, Guid assessment)
    {
        var response = await session.GetAsync($"/o/{org}/assessments/{assessment}/excel?handler=Download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Edit(byte[] workbookBytes, Action<IXLWorksheet, Func<string, int>> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(workbookBytes));
        var sheet = workbook.Worksheet("チェックシート");
        sheet.Unprotect();
        edit(sheet, id => sheet.Column(4).CellsUsed().Single(c => c.GetString() == id).Address.RowNumber);
        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(Session session, Guid org, Guid assessment, byte[] bytes)
    {
        await session.GetAsync($"/o/{org}/assessments/{assessment}/excel");
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "チェックシート.xlsx");
        return await session.PostMultipartAsync($"/o/{org}/assessments/{assessment}/excel", content);
    }

    private async Task<List<Answer>> AnswersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HoshiDbContext>().Answers.OrderBy(a => a.CriterionId).ToListAsync();
    }

    [Fact]
    public async Task An_edited_check_sheet_imports_back()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var edited = Edit(await DownloadAsync(admin, org, assessment), (sheet, row) =>
        {
            sheet.Cell(row("2.1"), 6).Value = "実施済";
            sheet.Cell(row("2.1"), 9).Value = "総務部 佐藤";
            sheet.Cell(row("5.1"), 6).Value = "対象外";
            sheet.Cell(row("5.1"), 7).Value = "派遣社員・出向者を受け入れていない";
        });
        var response = await UploadAsync(admin, org, assessment, edited);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(admin.Html.Contains("2 件の回答を更新しました", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(admin.Html, "<main[^>]*>[\\s\\S]{0,3000}").Value);

        var answers = await AnswersAsync();
        Assert.Equal(2, answers.Count);
        Assert.Equal((AnswerStatus.Implemented, "総務部 佐藤"), (answers[0].Status, answers[0].Owner));
        Assert.Equal(AnswerStatus.NotApplicable, answers[1].Status);
    }

    [Fact]
    public async Task A_sheet_with_any_bad_cell_writes_nothing_and_names_row_and_column()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var badRow = 0;
        var edited = Edit(await DownloadAsync(admin, org, assessment), (sheet, row) =>
        {
            sheet.Cell(row("2.1"), 6).Value = "実施済";
            badRow = row("2.2");
            sheet.Cell(badRow, 6).Value = "だいたい";
        });
        await UploadAsync(admin, org, assessment, edited);
        Assert.Contains("何も保存していません", admin.Html, StringComparison.Ordinal);
        Assert.Contains($"<td>{badRow}</td><td>F</td>", admin.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task Rows_changed_in_Hoshi_after_the_export_are_not_overwritten()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var exported = await DownloadAsync(admin, org, assessment);

        using var editor = await MemberSessionAsync(org, "editor@example.jp", MemberRole.Editor);
        await editor.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/2.1", Answer("partial", 0), "Save");

        var edited = Edit(exported, (sheet, row) => sheet.Cell(row("2.1"), 6).Value = "実施済");
        await UploadAsync(admin, org, assessment, edited);
        Assert.Contains("editor@example.jp さんが Hoshi で更新しています", admin.Html, StringComparison.Ordinal);
        Assert.Equal(AnswerStatus.Partial, Assert.Single(await AnswersAsync()).Status);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        await UploadAsync(admin, org, assessment, "criterion,status\n2.1,implemented\n"u8.ToArray());
        Assert.Contains("not an Excel workbook", admin.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync());
    }
}

public sealed class SqliteExcelTests() : ExcelTests(DatabaseProvider.Sqlite);

public sealed class PostgresExcelTests() : ExcelTests(DatabaseProvider.Postgres);
