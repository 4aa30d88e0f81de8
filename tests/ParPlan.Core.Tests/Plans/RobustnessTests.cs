using System.Diagnostics;
using System.Text;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Plans;

/// <summary>Ten thousand random or mutated inputs: each ends in a parse or a clear "unreadable" error, quickly.</summary>
public class RobustnessTests(ITestOutputHelper output)
{
    private static readonly string[] Seeds = ["000_c84c89f6dfc790e7", "002_82c4b63d1339515c", "003_32a0243e7cf70bca"];

    [Fact]
    public void Ten_thousand_random_and_mutated_inputs_parse_or_fail_cleanly_within_two_seconds_each()
    {
        var random = new Random(20260123);
        var seedLines = Seeds.Select(s => PlanTestData.SeedText(s).Split('\n')).ToArray();
        var docx = Documents.GoldDocxBuilder.Build(PlanTestData.Gold("003_32a0243e7cf70bca"), fiveColumns: true);
        var total = Stopwatch.StartNew();
        var parsed = 0;
        var rejected = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 10_000; i++)
        {
            var (bytes, name) = Input(i, random, seedLines, docx);
            var watch = Stopwatch.StartNew();
            try
            {
                var document = DocumentReader.Read(bytes, name);
                var plan = PlanParser.Parse(document);
                Assert.NotNull(plan.Header);
                parsed++;
            }
            catch (DocumentReadException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                rejected++;
            }

            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"input {i} ({name}, {bytes.Length} bytes) took {watch.Elapsed}");
        }

        output.WriteLine($"{parsed} parsed, {rejected} rejected, slowest {slowest.TotalMilliseconds:0} ms, total {total.Elapsed.TotalSeconds:0.0} s");
        Assert.True(parsed > 4000 && rejected > 1000, $"{parsed} parsed, {rejected} rejected");
    }

    private static (byte[] Bytes, string Name) Input(int i, Random random, string[][] seeds, byte[] docx)
    {
        var lines = seeds[i % seeds.Length];
        switch (i % 8)
        {
            case 0:
            {
                var bytes = new byte[random.Next(0, 3000)];
                random.NextBytes(bytes);
                return (bytes, "random.bin");
            }

            case 1:
                return (docx[..random.Next(0, docx.Length)], "truncated.docx");
            case 2:
            {
                // A window of consecutive lines, cut mid-line.
                var text = string.Join('\n', Window(lines, random, 120));
                return (Encoding.UTF8.GetBytes(text[..random.Next(0, text.Length + 1)]), "window.txt");
            }

            case 3:
            {
                var window = Window(lines, random, 120).ToList();
                Shuffle(window, random);
                return (Encoding.UTF8.GetBytes(string.Join('\n', window)), "shuffled.txt");
            }

            case 4:
            {
                var window = Window(lines, random, 150).Where(_ => random.NextDouble() > 0.3);
                return (Encoding.UTF8.GetBytes(string.Join('\n', window)), "dropped.txt");
            }

            case 5:
            {
                // Character mutations: digits, Roman numerals, dashes, combining marks, control characters.
                var chars = string.Join('\n', Window(lines, random, 100)).ToCharArray();
                const string noise = "0123456789IVX-–;,./()\u0301\u0323\u00A0\t\r\fSTT";
                for (var k = 0; k < chars.Length / 20; k++)
                {
                    chars[random.Next(chars.Length)] = noise[random.Next(noise.Length)];
                }

                return (Encoding.UTF8.GetBytes(new string(chars)), "mutated.txt");
            }

            case 6:
            {
                // Bytes of a text file flipped at random.
                var bytes = Encoding.UTF8.GetBytes(string.Join('\n', Window(lines, random, 80)));
                for (var k = 0; k < 1 + random.Next(20); k++)
                {
                    if (bytes.Length > 0)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }
                }

                return (bytes, random.Next(2) == 0 ? "flipped.txt" : "flipped.pdf");
            }

            default:
            {
                // Structure-only stress: many headers, numbers and headings.
                var sb = new StringBuilder("KẾ HOẠCH\nSTT Nhiệm vụ Chủ trì Phối hợp Thời gian\n");
                for (var k = 0; k < random.Next(5, 200); k++)
                {
                    sb.Append(random.Next(6) switch
                    {
                        0 => $"{random.Next(1, 5)}\n",
                        1 => "I CẢI CÁCH THỂ CHẾ\n",
                        2 => "Phòng Nội vụ\n",
                        3 => "Quý I/2025\n",
                        4 => "Tổng cộng: 3 nhiệm vụ\n",
                        _ => "- Thực hiện nhiệm vụ đạt 90%;\n",
                    });
                }

                return (Encoding.UTF8.GetBytes(sb.ToString()), "stress.txt");
            }
        }
    }

    private static IEnumerable<string> Window(string[] lines, Random random, int max)
    {
        var length = random.Next(1, max);
        var start = random.Next(0, Math.Max(1, lines.Length - length));
        return lines.Skip(start).Take(length);
    }

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var k = list.Count - 1; k > 0; k--)
        {
            var j = random.Next(k + 1);
            (list[k], list[j]) = (list[j], list[k]);
        }
    }
}
