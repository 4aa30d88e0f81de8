using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Demo;

/// <summary>The demo province, built through <see cref="OrgCommands"/> so it carries the same history a real one
/// would. DEMO DATA: the unit names are real, the codes are ours, and the 1/7/2025 commune mergers are plausible
/// choices for the demo, not the official list (see docs/demo-data.md).</summary>
public sealed class DemoOrganisation(OrgCommands org, OrgGroups groups, OrgSuccessions successions)
{
    public static readonly DateOnly Reform = new(2025, 7, 1);

    /// <summary>Old communes of huyện Vĩnh Linh merged into each new commune on 1/7/2025 (demo choice).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string[] Predecessors)> NewCommunes =
    [
        ("QT.XA.VINHLINH", "xã Vĩnh Linh", ["thị trấn Hồ Xá", "xã Vĩnh Chấp", "xã Vĩnh Long"]),
        ("QT.XA.VINHTHUY", "xã Vĩnh Thủy", ["xã Vĩnh Thủy", "xã Vĩnh Lâm", "xã Vĩnh Sơn"]),
        ("QT.XA.CUATUNG", "xã Cửa Tùng", ["thị trấn Cửa Tùng", "xã Vĩnh Giang", "xã Hiền Thành"]),
        ("QT.XA.VINHHOANG", "xã Vĩnh Hoàng", ["xã Vĩnh Thái", "xã Vĩnh Tú", "xã Kim Thạch"]),
        ("QT.XA.BENQUAN", "xã Bến Quan", ["thị trấn Bến Quan", "xã Vĩnh Hà", "xã Vĩnh Ô"]),
    ];

    public Dictionary<string, Guid> Units { get; } = new(StringComparer.Ordinal);

    public async Task BuildAsync(CancellationToken ct)
    {
        var province = await Add("QT", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null, ct, "Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh");
        await Add("QT.VP", "Văn phòng UBND tỉnh", UnitKind.Office, UnitLevel.Agency, province, null, ct, "Văn phòng Ủy ban nhân dân tỉnh");
        var snv = await Add("QT.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, province, null, ct, "Sở Nội vụ tỉnh Quảng Trị");
        await Add("QT.STP", "Sở Tư pháp", UnitKind.Department, UnitLevel.Agency, province, null, ct);
        await Add("QT.TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", UnitKind.OneStopCentre, UnitLevel.Agency, province, null, ct);
        await Add("QT.HDND", "HĐND tỉnh Quảng Trị", UnitKind.OutsideBody, UnitLevel.Province, province, null, ct);
        await Designate(province, snv, null, "[suy luận] Sở Nội vụ giữ vai trò thường trực CCHC cấp tỉnh", ct);

        var district = await BuildDistrictAsync(province, ct);
        foreach (var (code, name, predecessors) in NewCommunes)
        {
            var commune = await BuildNewCommuneAsync(province, code, name, ct);
            var ids = predecessors.Select(p => Units[OldCommuneCode(p)]).ToList();
            Ok(await org.MergeAsync(new MergeUnitsRequest(ids, commune, Reform, "Demo: sắp xếp đơn vị hành chính cấp xã từ 01/7/2025"), ct));
        }

        Ok(await org.AbolishAsync(new AbolishUnitRequest(district, Reform, "Demo: kết thúc hoạt động của chính quyền cấp huyện từ 01/7/2025"), ct));
        foreach (var (from, to) in DistrictDuties)
        {
            Ok(await successions.RecordAsync(Units[from], Units[to], Reform, "[suy luận] Đối chiếu nhiệm vụ KH CCHC huyện 2025 → xã Vĩnh Linh 2026 (DOMAIN §3.2)", ct));
        }
    }

    /// <summary>[inference] Who takes over the district's CCHC duties (DOMAIN §3.2 mapping), demo: xã Vĩnh Linh.</summary>
    public static readonly IReadOnlyList<(string From, string To)> DistrictDuties =
    [
        ("QT.H.VINHLINH", "QT.XA.VINHLINH"),
        ("QT.H.VINHLINH.PNV", "QT.XA.VINHLINH.VHXH"),
        ("QT.H.VINHLINH.PTP", "QT.XA.VINHLINH.VP"),
        ("QT.H.VINHLINH.VP", "QT.XA.VINHLINH.HCC"),
        ("QT.H.VINHLINH.MOTCUA", "QT.XA.VINHLINH.HCC"),
        ("QT.H.VINHLINH.VHTT", "QT.XA.VINHLINH.VHXH"),
        ("QT.H.VINHLINH.TCKH", "QT.XA.VINHLINH.KT"),
        ("QT.H.VINHLINH.KTHT", "QT.XA.VINHLINH.KT"),
        ("QT.H.VINHLINH.TNMT", "QT.XA.VINHLINH.KT"),
        ("QT.H.VINHLINH.TTVHTT", "QT.XA.VINHLINH.DVTH"),
    ];

    private async Task<Guid> BuildDistrictAsync(Guid province, CancellationToken ct)
    {
        var d = await Add("QT.H.VINHLINH", "UBND huyện Vĩnh Linh", UnitKind.DistrictGovernment, UnitLevel.District, province, null, ct, "Ủy ban nhân dân huyện Vĩnh Linh", "UBND huyện");
        const string p = "QT.H.VINHLINH.";
        await Add(p + "VP", "Văn phòng HĐND và UBND huyện", UnitKind.Office, UnitLevel.Agency, d, null, ct, "Văn phòng HĐND&UBND huyện", "VP HĐND và UBND huyện");
        var pnv = await Add(p + "PNV", "Phòng Nội vụ", UnitKind.Department, UnitLevel.Agency, d, null, ct, "Phòng Nội vụ huyện");
        await Add(p + "PTP", "Phòng Tư pháp", UnitKind.Department, UnitLevel.Agency, d, null, ct);
        await Add(p + "VHTT", "Phòng Văn hóa và Thông tin", UnitKind.Department, UnitLevel.Agency, d, null, ct, "Phòng VH&TT");
        await Add(p + "TCKH", "Phòng Tài chính - Kế hoạch", UnitKind.Department, UnitLevel.Agency, d, null, ct, "Phòng TC-KH");
        await Add(p + "GDDT", "Phòng Giáo dục và Đào tạo", UnitKind.Department, UnitLevel.Agency, d, null, ct);
        await Add(p + "YT", "Phòng Y tế", UnitKind.Department, UnitLevel.Agency, d, null, ct);
        await Add(p + "TNMT", "Phòng Tài nguyên và Môi trường", UnitKind.Department, UnitLevel.Agency, d, null, ct, "Phòng TN&MT");
        await Add(p + "KTHT", "Phòng Kinh tế và Hạ tầng", UnitKind.Department, UnitLevel.Agency, d, null, ct, "Phòng KT&HT");
        await Add(p + "MOTCUA", "Bộ phận Một cửa huyện", UnitKind.OneStopCentre, UnitLevel.Agency, d, null, ct, "Bộ phận TN&TKQ huyện", "Bộ phận Một cửa cấp huyện");
        await Add(p + "TTVHTT", "Trung tâm Văn hóa Thông tin và Thể dục thể thao", UnitKind.PublicServiceUnit, UnitLevel.Agency, d, null, ct, "Trung tâm VHTT&TDTT");
        await Add(p + "BCD", "Ban Chỉ đạo CCHC huyện", UnitKind.AdHocBody, UnitLevel.District, d, null, ct, "BCĐ CCHC huyện");
        await Add(p + "DKT", "Đoàn kiểm tra CCHC của huyện", UnitKind.AdHocBody, UnitLevel.District, d, null, ct);
        await Add(p + "HDND", "HĐND huyện Vĩnh Linh", UnitKind.OutsideBody, UnitLevel.District, d, null, ct, "TT HĐND huyện");
        await Designate(d, pnv, null, "KH CCHC 2025 huyện Vĩnh Linh §IV.2", ct);

        foreach (var name in NewCommunes.SelectMany(c => c.Predecessors))
        {
            var commune = await Add(OldCommuneCode(name), "UBND " + name, UnitKind.CommuneGovernment, UnitLevel.Commune, d, null, ct);
            if (name is "xã Vĩnh Chấp" or "thị trấn Hồ Xá")
            {
                await AddPositionsAsync(OldCommuneCode(name), commune, ct);
            }
        }

        var bcd = await Group("QT.H.VINHLINH.BCD.TV", "Thành viên Ban Chỉ đạo CCHC huyện", Units[p + "BCD"], GroupRule.Explicit, [], ct);
        foreach (var member in new[] { "PNV", "VP", "PTP", "VHTT", "TCKH" })
        {
            Ok(await groups.AddMemberAsync(new AddGroupMemberRequest(bcd, Units[p + member]), ct));
        }

        await Group("QT.H.VINHLINH.G.XA", "UBND các xã, thị trấn", d, GroupRule.KindsUnderGovernment, [UnitKind.CommuneGovernment], ct, "UBND cấp xã", "UBND Cấp xã");
        await Group("QT.H.VINHLINH.G.CQCM", "Các cơ quan chuyên môn thuộc huyện", d, GroupRule.KindsUnderGovernment, [UnitKind.Department, UnitKind.Office], ct,
            "Các cơ quan chuyên môn thuộc UBND huyện", "Các cơ quan CM");
        await Group("QT.H.VINHLINH.G.CQCM-DVSN", "Các cơ quan chuyên môn, ĐVSN thuộc huyện", d, GroupRule.KindsUnderGovernment,
            [UnitKind.Department, UnitKind.Office, UnitKind.PublicServiceUnit], ct);
        await Group("QT.H.VINHLINH.G.DVSN", "ĐVSN công lập", d, GroupRule.KindsUnderGovernment, [UnitKind.PublicServiceUnit], ct, "Đơn vị SNCL", "đơn vị SN");
        await Group("QT.H.VINHLINH.G.LQ", "Các phòng ban liên quan", d, GroupRule.Open, [], ct, "Các cơ quan, đơn vị có liên quan", "Các cơ quan có liên quan");
        return d;
    }

    private async Task AddPositionsAsync(string communeCode, Guid commune, CancellationToken ct)
    {
        await Add(communeCode + ".VP", "Công chức Văn phòng - Thống kê", UnitKind.Position, UnitLevel.Commune, commune, null, ct,
            "Văn phòng HĐND & UBND xã", "Văn phòng UBND xã", "Công chức Văn phòng UBND xã");
        await Add(communeCode + ".TPHT", "Công chức Tư pháp - Hộ tịch", UnitKind.Position, UnitLevel.Commune, commune, null, ct, "Công chức Tư pháp hộ tịch");
        await Add(communeCode + ".TCKT", "Công chức Tài chính - Kế toán", UnitKind.Position, UnitLevel.Commune, commune, null, ct,
            "Công chức Tài chính - Kế hoạch", "công chức Kế toán ngân sách");
        await Add(communeCode + ".VHXH", "Công chức Văn hóa - Xã hội", UnitKind.Position, UnitLevel.Commune, commune, null, ct,
            "Công chức văn hoá xã hội", "Công chức Văn hóa – Thông tin", "cán bộ Thông tin truyền thông");
    }

    private async Task<Guid> BuildNewCommuneAsync(Guid province, string code, string name, CancellationToken ct)
    {
        var c = await Add(code, "UBND " + name, UnitKind.CommuneGovernment, UnitLevel.Commune, province, Reform, ct);
        var vhxhName = code == "QT.XA.VINHLINH" ? "Phòng Văn hoá – Xã hội" : "Phòng Văn hóa - Xã hội";
        await Add(code + ".VP", "Văn phòng HĐND và UBND xã", UnitKind.Office, UnitLevel.Agency, c, Reform, ct, "Văn phòng HĐND&UBND xã");
        var vhxh = await Add(code + ".VHXH", vhxhName, UnitKind.Department, UnitLevel.Agency, c, Reform, ct, "Phòng VH-XH");
        await Add(code + ".KT", "Phòng Kinh tế", UnitKind.Department, UnitLevel.Agency, c, Reform, ct);
        await Add(code + ".HCC", "Trung tâm Phục vụ hành chính công", UnitKind.OneStopCentre, UnitLevel.Agency, c, Reform, ct, "Trung tâm PVHCC xã");
        await Add(code + ".DVTH", "Trung tâm Dịch vụ tổng hợp", UnitKind.PublicServiceUnit, UnitLevel.Agency, c, Reform, ct);
        await Add(code + ".HDND", "HĐND " + name, UnitKind.OutsideBody, UnitLevel.Commune, c, Reform, ct, "TT HĐND xã");
        await Add(code + ".MTTQ", "Ủy ban MTTQ Việt Nam " + name, UnitKind.OutsideBody, UnitLevel.Commune, c, Reform, ct, "UBMTTQVN xã");
        await Designate(c, vhxh, Reform, "KH CCHC 2026 xã Vĩnh Linh §III.2: cơ quan Thường trực tham mưu CCHC của xã", ct);
        await Group(code + ".G.PCM", "Các phòng chuyên môn, tổ chức hành chính thuộc xã", c, GroupRule.KindsUnderGovernment,
            [UnitKind.Department, UnitKind.Office, UnitKind.OneStopCentre, UnitKind.PublicServiceUnit], ct, "Các phòng chuyên môn");
        await Group(code + ".G.LQ", "Các phòng ban liên quan", c, GroupRule.Open, [], ct, "Các cơ quan, đơn vị có liên quan", "Các ban ngành liên quan");
        return c;
    }

    public static string OldCommuneCode(string name) =>
        "QT.H.VINHLINH." + (name.StartsWith("thị trấn", StringComparison.Ordinal) ? "TT." : "X.")
        + TextKey.For(name.Replace("thị trấn ", "", StringComparison.Ordinal).Replace("xã ", "", StringComparison.Ordinal)).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private async Task<Guid> Add(string code, string name, UnitKind kind, UnitLevel level, Guid? parent, DateOnly? from, CancellationToken ct, params string[] aliases)
    {
        var id = Ok(await org.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, from, aliases), ct));
        Units[code] = id;
        return id;
    }

    private async Task Designate(Guid government, Guid agency, DateOnly? from, string basis, CancellationToken ct) =>
        Ok(await org.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(government, agency, from ?? new DateOnly(2020, 1, 1), basis), ct));

    private async Task<Guid> Group(string code, string name, Guid government, GroupRule rule, UnitKind[] kinds, CancellationToken ct, params string[] aliases) =>
        Ok(await groups.CreateAsync(new CreateGroupRequest(code, name, government, rule, kinds, false, aliases), ct));

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Demo data is inconsistent: {result.Error!.Message}");
}
