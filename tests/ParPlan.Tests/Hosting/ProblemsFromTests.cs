using Microsoft.AspNetCore.Http.HttpResults;
using ParPlan.Data;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Hosting;

/// <summary>Every expected failure is an <see cref="Error"/>, and <see cref="Problems.From"/> is its one mapping.</summary>
public sealed class ProblemsFromTests
{
    public static TheoryData<string, int, string> Failures() => new()
    {
        { "not-found", 404, "Không tìm thấy" },
        { "invalid", 400, "Yêu cầu không hợp lệ" },
        { "forbidden", 403, "Không có quyền" },
        { "conflict", 409, "Xung đột dữ liệu" },
        { "too-large", 413, "Tệp quá lớn" },
        { "unsupported-type", 415, "Định dạng không được hỗ trợ" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_kind_of_failure_answers_with_its_status_a_Vietnamese_title_and_the_message_as_detail(string code, int status, string title)
    {
        var error = code switch
        {
            "not-found" => Error.NotFound("Không có."),
            "invalid" => Error.Invalid("Không có."),
            "forbidden" => Error.Forbidden("Không có."),
            "conflict" => Error.Conflict("Không có."),
            "too-large" => Error.TooLarge("Không có."),
            _ => Error.UnsupportedType("Không có."),
        };

        var problem = Assert.IsType<ProblemHttpResult>(Problems.From(error)).ProblemDetails;

        Assert.Equal(code, error.Code);
        Assert.Equal(status, problem.Status);
        Assert.Equal(status, Problems.StatusOf(error));
        Assert.Equal(title, problem.Title);
        Assert.Equal("Không có.", problem.Detail);
        Assert.False(problem.Extensions.ContainsKey("current"));
    }

    [Fact]
    public void A_conflict_carries_the_current_state_and_a_feature_may_name_its_own_title()
    {
        var current = new { version = 3 };

        var conflict = Assert.IsType<ProblemHttpResult>(Problems.From(Error.Conflict("Đã đổi.", current))).ProblemDetails;
        var named = Assert.IsType<ProblemHttpResult>(Problems.From(Error.Invalid("Sai cột.") with { Title = "Bảng ánh xạ cột không hợp lệ" })).ProblemDetails;

        Assert.Same(current, conflict.Extensions["current"]);
        Assert.Equal("Bảng ánh xạ cột không hợp lệ", named.Title);
        Assert.Equal(400, named.Status);
    }
}
