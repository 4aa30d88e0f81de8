using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ParPlan.Data;

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
        StatusCodes.Status413PayloadTooLarge => "Dữ liệu gửi lên vượt quá giới hạn cho phép. Hãy chọn tệp nhỏ hơn.",
        >= 500 => "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc liên hệ quản trị hệ thống.",
        _ => "Đã xảy ra lỗi khi xử lý yêu cầu.",
    };

    /// <summary>The one mapping of an expected failure to problem details: its status, the status's Vietnamese title
    /// (or the feature's own), the message as detail and, for a conflict, the current state as <c>current</c>.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult From(Error error)
    {
        var status = StatusOf(error);
        return TypedResults.Problem(statusCode: status, title: error.Title ?? Title(status), detail: error.Message,
            extensions: error.Current is null ? null : new Dictionary<string, object?> { ["current"] = error.Current });
    }

    /// <summary>The HTTP status an <see cref="Error"/> stands for (a page sets it on its response).</summary>
    public static int StatusOf(Error error) => error.Code switch
    {
        "not-found" => StatusCodes.Status404NotFound,
        "forbidden" => StatusCodes.Status403Forbidden,
        "conflict" => StatusCodes.Status409Conflict,
        "too-large" => StatusCodes.Status413PayloadTooLarge,
        "unsupported-type" => StatusCodes.Status415UnsupportedMediaType,
        "locked" => StatusCodes.Status423Locked,
        _ => StatusCodes.Status400BadRequest,
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
        app.Use(RenderErrorPagesAsGet);
        return app;
    }

    /// <summary>The status an exception stands for: a request the client got wrong (a body over the limit, a form
    /// without its antiforgery token, a malformed multipart body) is a 4xx, never a 500.</summary>
    public static int StatusOf(Exception exception, HttpContext context) => IsTooLarge(exception) ? StatusCodes.Status413PayloadTooLarge : exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        InvalidDataException data when IsFormParsing(data) => StatusCodes.Status400BadRequest,
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => 499,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>True when the exception, or one it wraps (an antiforgery check that could not read the form), is a body
    /// over the server's or the form's limit.</summary>
    private static bool IsTooLarge(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (e is InvalidDataException data && IsFormParsing(data) && data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Thrown while ASP.NET Core read the request's form (limits, boundaries), not by ParPlan's own code.</summary>
    private static bool IsFormParsing(InvalidDataException ex) =>
        ex.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true
        || ex.StackTrace?.Contains("Microsoft.AspNetCore.Http.Features.FormFeature", StringComparison.Ordinal) == true;

    /// <summary>A failed form post is re-executed as a GET of its error page: re-executed as a POST, the page would read the
    /// form again (whose antiforgery check already failed, which throws) and a 400 would end as a 500. And a page form
    /// refused for its antiforgery token (an empty 400 the framework marks as HTML) gets the Vietnamese 400 page.</summary>
    private static async Task RenderErrorPagesAsGet(HttpContext context, RequestDelegate next)
    {
        var reExecuted = context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (reExecuted && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }

        await next(context);
        if (!reExecuted && !IsApi(context) && !context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status400BadRequest
            && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
        {
            // No body was written: without a content type the status-code pages render /loi/400, or /loi/413 when the
            // token could not be read because the body was over the limit.
            context.Response.ContentType = null;
            if (IsTooLarge(antiforgery.Error))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
        }
    }

    private static bool IsEnglishDefault(string title) =>
        title.Length > 0 && title.All(c => c < 128) && !title.Contains("Lỗi", StringComparison.Ordinal);

    /// <summary>Turns unhandled exceptions on <c>/api</c> into problem details without leaking internals; for pages, a
    /// client error is re-executed as its own Vietnamese page (<c>/loi/413</c>) instead of <c>/loi/500</c>.</summary>
    private sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var status = StatusOf(exception, httpContext);
            if (!IsApi(httpContext))
            {
                if (status is >= 400 and < 500)
                {
                    // The middleware re-executes the request at this path once every handler declined.
                    httpContext.Response.StatusCode = status;
                    httpContext.Request.Path = $"{ErrorPagePath}/{status}";
                }

                return false;
            }

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
