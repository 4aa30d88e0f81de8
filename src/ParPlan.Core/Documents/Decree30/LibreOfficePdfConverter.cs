using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// Prints a DOCX to PDF with LibreOffice headless (<c>soffice --headless --convert-to pdf</c>), each run with a private
/// profile so runs never share state. When LibreOffice is not installed, or fails, the answer is a value with a plain
/// Vietnamese sentence, never an exception.
/// </summary>
public sealed class LibreOfficePdfConverter(string? soffice = null, TimeSpan? timeout = null)
{
    public const string Missing = "Máy chủ chưa cài LibreOffice nên chưa xuất được tệp PDF. Hãy tải tệp Word (DOCX), hoặc đề nghị quản trị viên cài LibreOffice (gói libreoffice-writer-nogui) rồi thử lại.";

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(2);

    /// <summary>The LibreOffice program to run: the one given, else <c>soffice</c> or <c>libreoffice</c> found on PATH.</summary>
    public string? Program { get; } = soffice ?? FindOnPath();

    public bool IsAvailable => Program is not null && File.Exists(Program);

    public PdfConversion Convert(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (!IsAvailable)
        {
            return PdfConversion.Failed(Missing);
        }

        var work = Directory.CreateTempSubdirectory("parplan-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "tai-lieu.docx");
            File.WriteAllBytes(input, docx);
            var start = new ProcessStartInfo(Program!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            foreach (var arg in new[] { "--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", work.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return PdfConversion.Failed(Missing);
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return PdfConversion.Failed(string.Create(CultureInfo.InvariantCulture,
                    $"LibreOffice chưa chuyển xong tệp PDF sau {_timeout.TotalSeconds:0} giây. Hãy thử lại sau ít phút, hoặc tải tệp Word (DOCX)."));
            }

            var output = Path.ChangeExtension(input, ".pdf");
            return process.ExitCode == 0 && File.Exists(output)
                ? PdfConversion.Ok(File.ReadAllBytes(output))
                : PdfConversion.Failed(("LibreOffice không chuyển được tệp sang PDF (mã lỗi " + process.ExitCode.ToString(CultureInfo.InvariantCulture)
                                        + "). Hãy tải tệp Word (DOCX) và báo quản trị viên. " + stderr.Result + stdout.Result).Trim());
        }
        catch (Win32Exception)
        {
            return PdfConversion.Failed(Missing);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
