using ParPlan.Cli;

namespace ParPlan.Tests.Features.Operations;

public class CliVerbsTests
{
    [Fact]
    public async Task Backup_and_restore_are_cli_verbs_and_a_missing_file_is_bad_input()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-cli-");
        try
        {
            Assert.True(CliApp.IsCommand(["backup", "x.db"]));
            Assert.True(CliApp.IsCommand(["restore", "x.db"]));
            Assert.Equal(CliApp.BadInput, await CliApp.RunAsync(["restore", Path.Combine(folder.FullName, "khong-co.db"), "--data", Path.Combine(folder.FullName, "data")]));
            Assert.Equal(CliApp.BadInput, await CliApp.RunAsync(["backup", "--data", folder.FullName]));
            Assert.Empty(folder.EnumerateFileSystemInfos());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
