using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ParPlan.Infrastructure;

/// <summary>RFC 7807 problem details in Vietnamese for <c>/api</c>, and the Vietnamese error pages for everything else.</summary>
public static class Problems
{
    /// <summary>The page that renders status codes for browsers (<c>/loi/404</c> → "Không tìm thấy trang").</summary>
    public const string ErrorPagePath = "/loi";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Chưa đăng nhập",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status409Conflict => "Xung đột dữ liệu",
        StatusCodes.Status413PayloadTooLarge => "Tệp quá lớn",
        StatusCodes.Status415UnsupportedMediaType => "Định dạng không được hỗ trợ",
        StatusCodes.Status422UnprocessableEntity => "Dữ liệu không hợp lệ",
        StatusCodes.Status423Locked => "Tài khoản bị tạm khoá",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        >= 500 => "Lỗi máy chủ",
        _ => "Lỗi",
    };

    public static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu gửi lên không hợp lệ.",
        StatusCodes.Status401Unauthorized => "Vui lòng đăng nhập để tiếp tục.",
        StatusCodes.Status403Forbidden => "Bạn không có quyền thực hiện thao tác này.",
        StatusCodes.Status404NotFound => "Không tìm thấy tài nguyên được yêu cầu.",
        StatusCodes.Status405MethodNotAllowed => "Phương thức HTTP này không được hỗ trợ cho địa chỉ này.",
        StatusCodes.Status413PayloadTooLarge => "Dữ liệu gửi lên vượt quá giới hạn cho phép.",
        >= 500 => "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc liên hệ quản trị hệ thống.",
        _ => "Đã xảy ra lỗi khi xử lý yêu cầu.",
    };

    public static IServiceCollection AddParPlanProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
            // Framework defaults come in English ("Not Found"); a feature's own Vietnamese title is kept.
            if (problem.Title is null || IsEnglishDefault(problem.Title))
            {
                problem.Title = Title(status);
            }

            problem.Detail ??= Detail(status);
            problem.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>Exceptions: problem+json for /api, the error page for browsers. Status codes: problem+json for /api,
    /// a re-executed Vietnamese page for browsers.</summary>
    public static WebApplication UseParPlanErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = ErrorPagePath + "/500" });
        // Pages: re-executed (needs the app-level builder so routing runs again). /api: the inner middleware writes the
        // problem first, and the outer one leaves a response that already has a body alone.
        app.UseStatusCodePagesWithReExecute(ErrorPagePath + "/{0}", createScopeForStatusCodePages: true);
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        return app;
    }

    private static bool IsEnglishDefault(string title) =>
        title.Length > 0 && title.All(c => c < 128) && !title.Contains("Lỗi", StringComparison.Ordinal);

    /// <summary>Turns unhandled exceptions on <c>/api</c> into problem details without leaking internals.</summary>
    private sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (!IsApi(httpContext))
            {
                return false;
            }

            var status = exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => 499,
                _ => StatusCodes.Status500InternalServerError,
            };
            if (status >= 500)
            {
                logger.LogError(exception, "Lỗi không xử lý được ở {Path}", httpContext.Request.Path);
            }

            httpContext.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = status, Title = Title(status), Detail = Detail(status) },
            });
        }
    }
}
