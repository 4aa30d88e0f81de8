using System.Linq.Expressions;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>
/// The dossiers behind an indicator value, as SQL-translatable predicates that mirror <see cref="DossierAccumulator"/>
/// and the convention's formulas counter by counter: the denominator's dossiers, and among them the numerator's. A
/// period's bounds are local month starts; month-end snapshots (open, overdue, carried over) are taken at the
/// period's start and end, or at <c>asOf</c> when that comes first, as the computation does. So the list of a value has
/// exactly <c>denominator</c> rows, and its rest exactly <c>denominator − numerator</c>.
/// </summary>
public static class DossierDrillDown
{
    /// <summary>The predicates of <paramref name="code"/> under <paramref name="convention"/>, or null for a code that is
    /// not computed from dossiers. <c>Numerator</c> is null for a count (its list is the count itself).</summary>
    public static (Expression<Func<Dossier, bool>> Denominator, Expression<Func<Dossier, bool>>? Numerator)? For(
        string code, IndicatorConvention convention, ReportingPeriod period, DateTimeOffset asOf)
    {
        var from = DossierCodes.LocalStartOfDay(period.From);
        var to = DossierCodes.LocalStartOfDay(period.To.AddDays(1));
        var start = from < asOf ? from : asOf;
        var end = to < asOf ? to : asOf;
        const DossierStatus Withdrawn = DossierStatus.Withdrawn;

        Expression<Func<Dossier, bool>> received = d => d.ReceivedAt >= from && d.ReceivedAt < to;
        Expression<Func<Dossier, bool>> finished = d => d.Status != Withdrawn && d.FinishedAt >= from && d.FinishedAt < to;
        Expression<Func<Dossier, bool>> receivedCountable = d => d.ReceivedAt >= from && d.ReceivedAt < to && d.Status != Withdrawn;
        Expression<Func<Dossier, bool>> onTime = d => d.FinishedAt <= d.DueAt;
        Expression<Func<Dossier, bool>> overdueAtEnd = d => d.Status != Withdrawn && d.ReceivedAt < end && d.DueAt < end
            && (d.FinishedAt >= end || (d.FinishedAt == null && (d.Status == DossierStatus.InProcess || d.Status == DossierStatus.AwaitingAdditions)));
        Expression<Func<Dossier, bool>> pendingAtStart = d => d.ReceivedAt < start
            && (d.FinishedAt >= start || (d.FinishedAt == null && (d.Status == DossierStatus.InProcess || d.Status == DossierStatus.AwaitingAdditions)));
        var finishedLate = And(finished, d => d.FinishedAt > d.DueAt);

        // Apologised: flagged so by the one-stop export, or explained and apologised for in ParPlan (IndicatorComputer
        // reads the same two sources).
        Expression<Func<Dossier, bool>> apologised = d => d.Apologised == true || (d.Apology != null && d.Apology.Complete);
        Expression<Func<Dossier, bool>> notApologised = d => d.Apologised != true && (d.Apology == null || !d.Apology.Complete);
        var late = Or(finishedLate, overdueAtEnd);

        switch (code)
        {
            case IndicatorCodes.OnTimeRate when convention.Name == IndicatorConvention.ReceivedInPeriod.Name:
                return (receivedCountable, onTime);
            case IndicatorCodes.OnTimeRate when convention.Name == IndicatorConvention.CarryOver.Name:
                var needed = Or(receivedCountable, pendingAtStart);
                return (needed, Not(late));
            case IndicatorCodes.OnTimeRate:
                return (finished, onTime);
            case IndicatorCodes.OnlineRate:
                return (received, d => d.Channel == DossierChannel.Online);
            case IndicatorCodes.OnlineFullRate:
                return (received, d => d.Channel == DossierChannel.Online && d.ServiceLevel == OnlineServiceLevel.Full);
            case IndicatorCodes.OnlinePartialRate:
                return (received, d => d.Channel == DossierChannel.Online && d.ServiceLevel == OnlineServiceLevel.Partial);
            case IndicatorCodes.OnlinePaymentRate:
                return (And(received, d => d.HasFees == true), d => d.PaidOnline == true);
            case IndicatorCodes.DigitisedRate:
                return (received, d => d.DossierDigitised == true);
            case IndicatorCodes.ReuseRate:
                return (received, d => d.DataReused == true);
            case IndicatorCodes.DigitisedResultRate:
                return (finished, d => d.ResultDigitised == true);
            case IndicatorCodes.SatisfactionRate:
                return (d => d.Rating != null && ((d.FinishedAt != null && d.FinishedAt >= from && d.FinishedAt < to)
                    || (d.FinishedAt == null && d.ReceivedAt >= from && d.ReceivedAt < to)), d => d.Rating >= 4);
            case IndicatorCodes.LateApologyRate:
                return (late, apologised);
            case IndicatorCodes.LateWithoutApology:
                return (And(late, notApologised), null);
            case IndicatorCodes.Received:
                return (received, null);
            case IndicatorCodes.OverdueAtEnd:
                return (overdueAtEnd, null);
            default:
                return null;
        }
    }

    /// <summary>The dossiers of <paramref name="part"/> among those the predicates describe.</summary>
    public static Expression<Func<Dossier, bool>> Select(Expression<Func<Dossier, bool>> denominator, Expression<Func<Dossier, bool>>? numerator,
        DrillDownPart part) => part switch
    {
        DrillDownPart.Numerator when numerator is not null => And(denominator, numerator),
        DrillDownPart.Rest when numerator is not null => And(denominator, Not(numerator)),
        DrillDownPart.Rest => _ => false,
        _ => denominator,
    };

    private static Expression<Func<Dossier, bool>> And(Expression<Func<Dossier, bool>> a, Expression<Func<Dossier, bool>> b) =>
        Combine(a, b, Expression.AndAlso);

    private static Expression<Func<Dossier, bool>> Or(Expression<Func<Dossier, bool>> a, Expression<Func<Dossier, bool>> b) =>
        Combine(a, b, Expression.OrElse);

    /// <summary>Not, with SQL's unknown taken as false: a comparison with an empty date is "no", so its negation is "yes".</summary>
    private static Expression<Func<Dossier, bool>> Not(Expression<Func<Dossier, bool>> a) =>
        Expression.Lambda<Func<Dossier, bool>>(Expression.Not(a.Body), a.Parameters);

    private static Expression<Func<Dossier, bool>> Combine(Expression<Func<Dossier, bool>> a, Expression<Func<Dossier, bool>> b,
        Func<Expression, Expression, BinaryExpression> op)
    {
        var body = new Rebind(b.Parameters[0], a.Parameters[0]).Visit(b.Body);
        return Expression.Lambda<Func<Dossier, bool>>(op(a.Body, body), a.Parameters);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
