namespace ParPlan.Tests.Support;

/// <summary>Unwraps results in tests with a readable failure.</summary>
public static class ResultAssert
{
    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    public static async Task<T> Ok<T>(Task<Result<T>> result) => Ok(await result);
}
