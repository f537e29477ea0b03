using System.CommandLine;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Export;
using Hoshi.Core.Input;
using Hoshi.Data.Commands;

namespace Hoshi.Cli.Commands;

internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var level = CommonOptions.Level(required: true);
        var answers = new Option<string>("--answers")
        {
            Description = "CSV in UTF-8 with the header criterion,status,justification. Status: implemented, partial, not_implemented, not_applicable, unanswered (or 実施済, 一部実施, 未実施, 対象外, 未回答). Criteria not listed are unanswered.",
            Required = true,
        };
        var format = CommonOptions.Format("text", "text", "json");
        var catalogOption = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var command = new Command("evaluate", "Evaluate an answers file against a target ★ level, without storing anything.") { level, answers, format, catalogOption, language };
        command.SetAction(result =>
        {
            var catalog = context.Catalog(result, result.GetValue(catalogOption));
            var target = result.GetValue(level);
            if (!catalog.Levels.Contains(target))
            {
                throw new UsageException($"--level {target}: catalog {catalog.Key} has levels {string.Join(", ", catalog.Levels)}");
            }

            if (!catalog.IsComplete(target))
            {
                throw new CommandException($"catalog {catalog.Key} does not carry its ★{string.Join(", ★", catalog.IncompleteLevels)} criteria yet; import IPA's workbook first: hoshi catalog import-ipa FILE.xlsx --version {catalog.Version}");
            }

            var path = result.GetValue(answers)!;
            var parsed = AnswerFile.Parse(new StringReader(InputFile.ReadUtf8(path)), path, catalog);
            var evaluation = LevelEvaluator.Evaluate(catalog, target, parsed);
            Report.Write(context, evaluation, catalog, result.GetValue(format)!, result.GetValue(language)!);
            return ExitCodes.Success;
        });
        return command;
    }
}
