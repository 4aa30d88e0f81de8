using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Records;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Records;

/// <summary>Apology compliance computed from a small dossier file: four late dossiers in 2025-Q1 (two at Vĩnh Chấp,
/// two at Hồ Xá, one of them flagged apologised by the export, one still open past its due date), one on time.</summary>
public sealed class LateDossierApologyTests
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Parse("2025-Q1");

    private static string[] Rows() =>
    [
        Row("L1", "T.H1.X1", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-25T09:00", "da_tra"),
        Row("L2", "T.H1.X1", "2025-02-03T08:00", "2025-02-10T17:00", "2025-02-12T09:00", "da_tra"),
        Row("L3", "T.H1.X2", "2025-03-02T08:00", "2025-03-05T17:00", "2025-03-09T09:00", "da_tra", apologised: "1"),
        Row("L4", "T.H1.X2", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly"),
        Row("OK", "T.H1.X1", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-15T09:00", "da_tra"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_complete_explanation_and_apology_moves_a_dossier_out_of_the_list_and_the_indicator_count_while_a_partial_one_does_not(string provider)
    {
        await using var store = await LoadAsync(provider);
        var before = await ViewAsync(store, store.Org.Province);
        Assert.Equal(3, before.Total);
        Assert.Equal((4L, 1L, 25m), Compliance(before, store.Org.Province));

        var (l1, l2) = (await IdAsync(store, "L1"), await IdAsync(store, "L2"));
        await ResultAssert.Ok(RecordAsync(store, Admin, l1, new ApologyRequest("Chậm do phải xin ý kiến Sở Tư pháp.", "05/TXL-UBND",
            new DateOnly(2025, 1, 24), ApologyMethodLabels.Post, null)));
        await ResultAssert.Ok(RecordAsync(store, Admin, l2, new ApologyRequest("Chậm do mất điện hai ngày.", null, null, null, null)));

        var after = await ViewAsync(store, store.Org.Province);
        var values = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        Assert.Equal(2, after.Total);
        Assert.Equal(after.Total, Value(values, IndicatorCodes.LateWithoutApology, "T").Value);
        Assert.Equal(["L2", "L4"], after.Lacking.Select(e => e.Dossier.Code).Order(StringComparer.Ordinal));
        var l2Entry = Assert.Single(after.Lacking, e => e.Dossier.Code == "L2");
        Assert.True(l2Entry.HasExplanation);
        Assert.False(l2Entry.HasLetter);
        Assert.Equal((4L, 2L, 50m), Compliance(after, store.Org.Province));
        Assert.Equal((2L, 1L, 50m), Compliance(after, store.Org.VinhChap));
        Assert.False(Assert.Single(after.Units, u => u.UnitId == store.Org.Province).Compliance.Meets(after.Target));
        Assert.Equal(100m, after.Target);

        // The unit's list is the unit's count.
        var vinhChap = await ViewAsync(store, store.Org.Province, store.Org.VinhChap);
        Assert.Equal(Value(values, IndicatorCodes.LateWithoutApology, "T.H1.X1").Value, vinhChap.Total);
        Assert.Equal("L2", Assert.Single(vinhChap.Lacking).Dossier.Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recording_is_audited_in_vietnamese_and_a_stale_second_edit_is_refused_with_who_changed_it(string provider)
    {
        await using var store = await LoadAsync(provider);
        var l4 = await IdAsync(store, "L4");
        var first = await ResultAssert.Ok(RecordAsync(store, Admin, l4, new ApologyRequest("Chờ kết quả xác minh.", null, null, null, null)));
        await ResultAssert.Ok(RecordAsync(store, Admin, l4, new ApologyRequest("Chờ kết quả xác minh.", "9/TXL", new DateOnly(2025, 3, 19),
            ApologyMethodLabels.Sms, first.Version)));

        var stale = await RecordAsync(store, Admin, l4, new ApologyRequest("Khác", null, null, null, first.Version));

        Assert.Equal("conflict", stale.Error?.Code);
        Assert.Contains("quantri", stale.Error!.Message);
        var audited = await store.Database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .CountAsync(a => a.EntityType == nameof(LateDossierApology)));
        Assert.Equal(2, audited);
        Assert.Equal("Giải trình, xin lỗi hồ sơ trễ hạn", AuditLabels.Entity(nameof(LateDossierApology)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dossier_that_is_not_late_an_impossible_letter_date_and_another_units_dossier_are_refused(string provider)
    {
        await using var store = await LoadAsync(provider);
        var request = new ApologyRequest("Giải trình", "1/TXL", new DateOnly(2025, 1, 24), ApologyMethodLabels.Email, null);

        var onTime = await RecordAsync(store, Admin, await IdAsync(store, "OK"), request);
        var future = await RecordAsync(store, Admin, await IdAsync(store, "L1"), request with { LetterDate = new DateOnly(2026, 3, 2) });
        var stranger = await RecordAsync(store, User(Roles.UnitOfficer, store.Org.HoXa), await IdAsync(store, "L1"), request);
        var standing = await RecordAsync(store, User(Roles.StandingOfficer, store.Org.Province), await IdAsync(store, "L1"), request);

        Assert.Contains("không trễ hạn", onTime.Error!.Message);
        Assert.Contains("02/03/2026", future.Error!.Message);
        Assert.Equal("not-found", stranger.Error?.Code);
        Assert.True(standing.IsSuccess);
    }

    private static async Task<DossierStore> LoadAsync(string provider)
    {
        var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv(Rows()));
        await store.ComputeAsync();
        return store;
    }

    private static (long Late, long Handled, decimal? Rate) Compliance(LateDossierView view, Guid unit)
    {
        var c = Assert.Single(view.Units, u => u.UnitId == unit).Compliance;
        return (c.Late, c.Handled, c.Rate);
    }

    private static Task<LateDossierView> ViewAsync(DossierStore store, Guid government, Guid? unit = null) =>
        store.Database.InScopeAsync(sp => sp.GetRequiredService<LateDossierQueries>().ViewAsync(Admin, government, Q1, unit, 1));

    private static Task<Result<LateDossierApology>> RecordAsync(DossierStore store, ClaimsPrincipal user, long id, ApologyRequest request) =>
        store.Database.InScopeAsync(sp => sp.GetRequiredService<LateDossierCommands>().RecordAsync(user, id, request));

    private static Task<long> IdAsync(DossierStore store, string code) =>
        store.Database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Dossier>().Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private static ClaimsPrincipal Admin => User(Roles.Admin, null);

    private static ClaimsPrincipal User(string role, Guid? unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Name, "quantri"), new(ClaimTypes.Role, role) };
        if (unit is { } id) claims.Add(new Claim(ParPlanClaims.UnitId, id.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
