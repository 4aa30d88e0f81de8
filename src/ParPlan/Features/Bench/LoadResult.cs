namespace ParPlan.Features.Bench;

public sealed record LoadResult(string Path, int Requests, int Failures, double Seconds, double P50Ms, double P95Ms, double MaxMs)
{
    public double Throughput => Requests / Seconds;
}
