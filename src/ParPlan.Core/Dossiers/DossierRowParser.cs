namespace ParPlan.Core.Dossiers;

/// <summary>Random access to the fields of the current source row.</summary>
internal interface IFieldSource
{
    ReadOnlySpan<char> Field(int index);
}

/// <summary>
/// Turns source rows into <see cref="DossierRow"/>s: resolves the header once, then parses fields from spans,
/// pools the repeated strings (unit, field, procedure) and detects duplicate codes with a 96-bit hash set (<see cref="CodeSet"/>)
/// (no copy of the codes is kept).
/// </summary>
internal sealed class DossierRowParser
{
    private const int Missing = -1;
    private readonly int[] _index = new int[DossierCodes.Columns.Count];
    private readonly string[] _sourceName = new string[DossierCodes.Columns.Count];
    private readonly ValueMap _status, _channel, _level;
    private readonly StringPool _pool = new(200_000);
    private readonly Dictionary<string, UnitCheck> _unitKnown = new(StringComparer.Ordinal);
    private readonly Func<string, bool>? _isKnownUnit;
    private readonly Func<string, bool>? _isInScope;
    private readonly CodeSet? _seen;
    private readonly DateOnly? _today;
    private readonly long _tomorrowTicks = long.MaxValue;

    /// <param name="header">Column names in file order.</param>
    /// <param name="options">Read options.</param>
    /// <param name="expectedRows">Estimated data rows, to size the duplicate table once.</param>
    public DossierRowParser(IReadOnlyList<string> header, DossierReadOptions options, long expectedRows = 0)
    {
        var map = options.Map ?? DossierColumnMap.Canonical;
        _isKnownUnit = options.IsKnownUnit;
        _isInScope = options.IsInScope;
        if (options.Today is { } today)
        {
            _today = today;
            _tomorrowTicks = DossierCodes.LocalStartOfDay(today.AddDays(1)).UtcTicks;
        }
        _seen = options.RejectDuplicates ? new CodeSet(Math.Clamp(expectedRows, 0, 50_000_000)) : null;
        Array.Fill(_index, Missing);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, target) in map.Columns) aliases[source.Trim()] = target.Trim();
        for (int i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var canonical = aliases.TryGetValue(name, out var t) ? t : name;
            int field = IndexOfColumn(canonical);
            if (field >= 0 && _index[field] == Missing)
            {
                _index[field] = i;
                _sourceName[field] = name;
            }
        }
        var missing = DossierCodes.Required.Where(c => _index[IndexOfColumn(c)] == Missing).ToList();
        if (missing.Count > 0)
            throw new DossierFileException("Tệp thiếu cột bắt buộc: " + string.Join(", ", missing)
                + ". Nếu tệp xuất theo mẫu khác, hãy lưu bảng ánh xạ cột cho nguồn dữ liệu này (trang Nhập hồ sơ hoặc "
                + "PUT /api/dossiers/maps/{nguồn}) rồi nhập lại với nguồn đó.");
        _status = new ValueMap(map.StatusValues);
        _channel = new ValueMap(map.ChannelValues);
        _level = new ValueMap(map.ServiceLevelValues);
    }

    private static int IndexOfColumn(string canonical)
    {
        for (int i = 0; i < DossierCodes.Columns.Count; i++)
        {
            if (string.Equals(DossierCodes.Columns[i], canonical, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private ReadOnlySpan<char> Get<T>(ref T src, int field) where T : struct, IFieldSource =>
        _index[field] == Missing ? [] : src.Field(_index[field]).Trim();

    private string Name(int field) => _sourceName[field] ?? DossierCodes.Columns[field];

    /// <summary>True when every mapped field of the row is empty (a blank line to skip).</summary>
    public bool IsBlank<T>(ref T src) where T : struct, IFieldSource
    {
        for (int f = 0; f < _index.Length; f++)
        {
            if (!Get(ref src, f).IsEmpty) return false;
        }
        return true;
    }

    public DossierRow Parse<T>(ref T src, long line) where T : struct, IFieldSource
    {
        foreach (var required in RequiredFields)
        {
            if (Get(ref src, required).IsEmpty) return Reject(line, $"Thiếu giá trị bắt buộc ở cột '{Name(required)}'.");
        }
        var codeSpan = Get(ref src, 0);
        // Hashed now, added last: the duplicate table's slot is fetched from memory while the other fields are parsed.
        var codeHash = _seen?.Hash(codeSpan) ?? default;
        var unitSpan = Get(ref src, 4);
        var unit = _pool.Get(unitSpan);
        switch (Check(unit))
        {
            case UnitCheck.Unknown: return Reject(line, $"Mã đơn vị '{unit}' không có trong danh mục đơn vị.");
            case UnitCheck.OutsideScope:
                return Reject(line, $"Đơn vị '{unit}' thuộc chính quyền khác, không thuộc chính quyền của lần nhập này: "
                    + "chỉ nhập hồ sơ của các đơn vị thuộc chính quyền mình; bỏ các dòng này khỏi tệp.");
        }
        if (!TryInstant(ref src, 5, out var received, out var error)
            || !TryInstant(ref src, 6, out var due, out error))
            return Reject(line, error!);
        DateTimeOffset? finished = null;
        if (!Get(ref src, 7).IsEmpty)
        {
            if (!TryInstant(ref src, 7, out var f, out error)) return Reject(line, error!);
            finished = f;
        }
        if (received.UtcTicks >= _tomorrowTicks) return Future(line, 5, received);
        if (finished is { } done && done.UtcTicks >= _tomorrowTicks) return Future(line, 7, done);
        if (due < received) return Reject(line, "Hạn trả kết quả trước thời điểm tiếp nhận.");
        if (finished < received) return Reject(line, "Ngày hoàn thành trước thời điểm tiếp nhận.");
        var statusSpan = _status.Translate(Get(ref src, 8));
        if (!DossierCodes.TryParseStatus(statusSpan, out var status))
            return Reject(line, $"Trạng thái không hợp lệ: '{Get(ref src, 8)}'.");
        if (!DossierCodes.TryParseChannel(_channel.Translate(Get(ref src, 9)), out var channel))
            return Reject(line, $"Kênh nộp không hợp lệ: '{Get(ref src, 9)}'.");
        OnlineServiceLevel? level = null;
        var levelSpan = Get(ref src, 10);
        if (!levelSpan.IsEmpty)
        {
            if (!DossierCodes.TryParseServiceLevel(_level.Translate(levelSpan), out var l))
                return Reject(line, $"Mức độ dịch vụ công không hợp lệ: '{levelSpan}'.");
            level = l;
        }
        Span<bool?> flags = stackalloc bool?[6];
        for (int k = 0; k < 6; k++)
        {
            if (!DossierCodes.TryParseFlag(Get(ref src, 11 + k), out flags[k]))
                return Reject(line, $"Giá trị '{Get(ref src, 11 + k)}' ở cột '{Name(11 + k)}' phải là 0 hoặc 1.");
        }
        byte? rating = null;
        var ratingSpan = Get(ref src, 17);
        if (!ratingSpan.IsEmpty)
        {
            if (ratingSpan.Length != 1 || ratingSpan[0] is < '1' or > '5')
                return Reject(line, $"Đánh giá '{ratingSpan}' phải từ 1 đến 5.");
            rating = (byte)(ratingSpan[0] - '0');
        }
        if (_seen is not null)
        {
            if (!_seen.TryAdd(codeHash, (int)Math.Min(line, int.MaxValue), out var first))
                return Reject(line, $"Mã hồ sơ '{codeSpan}' trùng với dòng {first} trong tệp.");
        }
        var record = new DossierRecord
        {
            Code = codeSpan.ToString(),
            ProcedureCode = _pool.GetOrNull(Get(ref src, 1)),
            ProcedureName = _pool.GetOrNull(Get(ref src, 2)),
            Field = _pool.GetOrNull(Get(ref src, 3)),
            UnitCode = unit,
            ReceivedAt = received,
            DueAt = due,
            FinishedAt = finished,
            Status = status,
            Channel = channel,
            ServiceLevel = level,
            HasFees = flags[0],
            PaidOnline = flags[1],
            DossierDigitised = flags[2],
            ResultDigitised = flags[3],
            DataReused = flags[4],
            Apologised = flags[5],
            Rating = rating,
        };
        return new DossierRow(line, record, null);
    }

    private static readonly int[] RequiredFields = [0, 4, 5, 6, 8, 9];

    private static DossierRow Reject(long line, string reason) => new(line, default, reason);

    private DossierRow Future(long line, int field, DateTimeOffset at) => Reject(line,
        $"{(field == 5 ? "Ngày tiếp nhận" : "Ngày hoàn thành")} {DossierCodes.LocalDate(at).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} ở cột '{Name(field)}' sau ngày nhập dữ liệu "
        + $"{_today?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}: hồ sơ không thể {(field == 5 ? "được tiếp nhận" : "hoàn thành")} trong tương lai. Sửa ngày trong tệp (năm, hoặc ngày và tháng bị đảo) rồi nhập lại.");

    private UnitCheck Check(string unit)
    {
        if (_isKnownUnit is null && _isInScope is null) return UnitCheck.Known;
        if (!_unitKnown.TryGetValue(unit, out var check))
        {
            check = _isKnownUnit is { } known && !known(unit) ? UnitCheck.Unknown
                : _isInScope is { } inScope && !inScope(unit) ? UnitCheck.OutsideScope
                : UnitCheck.Known;
            _unitKnown[unit] = check;
        }
        return check;
    }

    private enum UnitCheck : byte { Known, Unknown, OutsideScope }

    private bool TryInstant<T>(ref T src, int field, out DateTimeOffset value, out string? error)
        where T : struct, IFieldSource
    {
        var span = Get(ref src, field);
        if (DossierCodes.TryParseLocalInstant(span, out value))
        {
            error = null;
            return true;
        }
        error = $"Ngày giờ không hợp lệ ở cột '{Name(field)}': '{span}' "
            + "(cần YYYY-MM-DDTHH:MM[:SS] hoặc dd/MM/yyyy HH:mm[:ss]).";
        return false;
    }

    /// <summary>Case-insensitive value translation without allocating per lookup.</summary>
    private sealed class ValueMap
    {
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? _lookup;

        public ValueMap(Dictionary<string, string> source)
        {
            if (source.Count == 0) return;
            var dict = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (k, v) in source) dict[k.Trim()] = v.Trim();
            _lookup = dict.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ReadOnlySpan<char> Translate(ReadOnlySpan<char> value) =>
            _lookup is { } l && l.TryGetValue(value, out var mapped) ? mapped.AsSpan() : value;
    }
}
